import { describe, expect, it } from 'vitest';
import { candidateSteps, createCandidateFinder } from '../../../../ingest/extract/index.ts';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';

describe('candidateSteps: the ordered finders and filters', () => {
  it('names each step once; the model’s guesses only when the model asks for them', () => {
    const rules = candidateSteps({ titlePurpose: false, heads: undefined });
    const names = [...rules.field, ...rules.paper].map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('title purpose');
    const model = candidateSteps({ titlePurpose: true, heads: new Set(['model']) });
    expect(model.paper.map((s) => s.name).slice(-2)).toEqual(['title purpose', 'widened phrases']);
  });

  it('reads lexicon matches first and drops strays last among the field steps', () => {
    const { field } = candidateSteps({ titlePurpose: false, heads: undefined });
    expect(field[0]!.name).toBe('lexicon matches');
    expect(field.at(-1)!.name).toBe('drop strays');
  });

  it('runs cue steps on the abstract only: a title "we propose X" proposes nothing', () => {
    const find = createCandidateFinder(loadLexicon());
    const proposed = (title: string, abstract: string) =>
      find({ title, abstract })
        .candidates.filter((c) => c.mention.role === 'proposed')
        .map((c) => c.mention.name);
    expect(proposed('', 'We propose FooNet for graphs.')).toEqual(['FooNet']);
    expect(proposed('We propose FooNet for graphs', 'It works.')).toEqual([]);
  });

  it('reads a title that opens with a modifier before a known method as the proposal', () => {
    const find = createCandidateFinder(loadLexicon());
    const titled = (title: string, abstract: string) =>
      find({ title, abstract })
        .candidates.filter((c) => c.mention.role === 'proposed')
        .map((c) => `${c.mention.name} (${c.items.map((i) => i.extractor).join(',')})`);
    expect(titled('Barrier Frank-Wolfe for Marginal Inference', 'We study inference.')).toEqual([
      'Barrier Frank-Wolfe (title-variant)',
    ]);
    // a known method itself, a task, no known method in it, or a name the abstract gives: no title variant
    expect(titled('Graph Attention Networks', 'We study graphs.')).toEqual([]);
    expect(titled('Semantic Image Inpainting with Perceptual Losses', 'We study images.')).toEqual([]);
    expect(titled('Exploring Sparsity in Recurrent Neural Networks', 'We study sparsity.')).toEqual([]);
    expect(
      titled('Barrier Frank-Wolfe for Marginal Inference', 'We propose a novel method called BFW.'),
    ).toEqual(['BFW (naming-cue)']);
  });
});
