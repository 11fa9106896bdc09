import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../../../src/graph/names.ts';
import type { ConceptMatch } from '../../../../../src/api/queries/concepts.ts';
import type { ConceptLabel } from '../../../../../src/graph/model.ts';
import { explain } from '../../../../../src/api/queries/ask/explain.ts';
import { matchSpans } from '../../../../../src/api/queries/ask/match.ts';
import { nameCandidates, parseQuestion } from '../../../../../src/api/queries/ask/parse.ts';

// a small vocabulary standing in for the alias index: canonical name, kind, and the other ways to write it
const CONCEPTS: [string, ConceptLabel, string[]][] = [
  ['Cora', 'Dataset', []],
  ['MNIST', 'Dataset', []],
  ['Backpropagation', 'Method', ['backprop', 'BP', 'back-propagation']],
  ['Forward-Forward', 'Method', ['forward-forward algorithm', 'forward-forward']],
  ['Knowledge Distillation', 'Method', []],
  ['link prediction', 'Task', []],
  ['node classification', 'Task', []],
  ['few-shot learning', 'Task', []],
  ['out-of-distribution detection', 'Task', []],
];
const TABLE = new Map<string, ConceptMatch[]>();
for (const [name, kind, aliases] of CONCEPTS) {
  for (const written of [name, ...aliases]) {
    TABLE.set(aliasKey(written), [
      { kind, id: `${kind}:${name}`, name, matchedBy: 'alias', score: 1, paperCount: 1 },
    ]);
  }
}
const lookup = (name: string) => TABLE.get(aliasKey(name)) ?? [];
const understand = (question: string) => matchSpans(parseQuestion(question), lookup);

describe('ask: parse and match, with a fake lookup', () => {
  it.each([
    [
      'papers using Cora that propose alternatives to backprop',
      { datasets: ['Cora'], proposesAlternativeTo: ['Backpropagation'] },
    ],
    ['which papers propose an alternative to BP?', { proposesAlternativeTo: ['Backpropagation'] }],
    ['papers on link prediction', { tasks: ['link prediction'] }],
    ['link prediction papers', { tasks: ['link prediction'] }],
    ['papers that use knowledge distillation', { methods: ['Knowledge Distillation'] }],
    [
      'papers on node classification evaluated on Cora',
      { tasks: ['node classification'], datasets: ['Cora'] },
    ],
    [
      'papers that propose a variant of the forward-forward algorithm',
      { proposesVariantOf: ['Forward-Forward'] },
    ],
    [
      'Back-propagation-free training evaluated on MNIST',
      { proposesAlternativeTo: ['Backpropagation'], datasets: ['MNIST'] },
    ],
    ['papers on few-shot learning', { tasks: ['few-shot learning'] }],
    ['papers on out-of-distribution detection', { tasks: ['out-of-distribution detection'] }],
    [
      'papers proposing backprop alternatives evaluated on MNIST',
      { proposesAlternativeTo: ['Backpropagation'], datasets: ['MNIST'] },
    ],
    ['forward-forward variants', { proposesVariantOf: ['Forward-Forward'] }],
    ["papers that don't use backpropagation", { proposesAlternativeTo: ['Backpropagation'] }],
    [
      'MNIST papers - alternatives to backprop',
      { datasets: ['MNIST'], proposesAlternativeTo: ['Backpropagation'] },
    ],
  ])('%s', (question, filter) => {
    const meaning = understand(question);
    expect(meaning.filter).toEqual(filter);
    expect(meaning.unresolved).toEqual([]);
  });

  it('keeps an unknown name a cue points at as a constraint, never dropping it', () => {
    const meaning = understand('alternatives to quuxprop evaluated on Cora');
    expect(meaning.filter).toEqual({ proposesAlternativeTo: ['quuxprop'], datasets: ['Cora'] });
    expect(meaning.unresolved).toEqual(['quuxprop']);
  });

  it('keeps an unknown name-like word outside any cue as full text', () => {
    const meaning = understand('FrobNet papers');
    expect(meaning.filter).toEqual({ text: 'FrobNet' });
  });

  it('ignores plain words that are just the question talking, and says so', () => {
    const meaning = understand('what is the meaning of this');
    expect(meaning.filter).toEqual({});
    expect(explain(meaning, false)).toMatch(/^No dataset, method or task was recognised/);
  });

  it('explains aliases and unresolved names', () => {
    const meaning = understand('papers using Cora that propose alternatives to BP and quuxprop');
    expect(explain(meaning, true)).toBe(
      'Papers that use the dataset Cora, and propose an alternative to Backpropagation ("BP"). ' +
        'Not a known concept: "quuxprop"; kept as a constraint rather than dropped.',
    );
  });

  it('looks each candidate name up once, up to seven words long', () => {
    const names = nameCandidates(parseQuestion('papers on a b c d e f g h i'));
    expect(new Set(names).size).toBe(names.length);
    expect(Math.max(...names.map((name) => name.split(' ').length))).toBe(7);
  });
});
