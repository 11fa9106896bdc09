import { describe, expect, it } from 'vitest';
import type { Lexicon, LexiconConcept } from '../../../../ingest/lexicon/index.ts';
import { buildMatcher } from '../../../../ingest/extract/matcher.ts';
import { tokenize } from '../../../../ingest/extract/tokens.ts';

const concept = (kind: LexiconConcept['kind'], name: string, aliases: string[] = []): LexiconConcept => ({
  kind,
  name,
  aliases,
  categories: [],
  parents: [],
});

// a lexicon of its own, so each case shows one property of the matcher
const lexicon: Lexicon = {
  concepts: [
    concept('method', 'backpropagation', ['backprop']),
    concept('method', 'graph neural network', ['GNN']),
    concept('method', 'neural network'),
    concept('method', 'ResNet-50'),
    concept('dataset', 'ImageNet'),
    concept('task', 'node classification'),
  ],
  lookup: () => [],
};
const matcher = buildMatcher(lexicon);

const namesIn = (text: string) =>
  matcher.match(tokenize(text), text, new Set([0])).map((h) => [h.concept.name, h.surface]);

describe('the lexicon matcher', () => {
  it('meets a name across the spaces and hyphens its words are written with', () => {
    expect(namesIn('We train with back-propagation and back propagation.')).toEqual([
      ['backpropagation', 'back-propagation'],
      ['backpropagation', 'back propagation'],
    ]);
    expect(namesIn('a ResNet 50 and a ResNet50')).toEqual([
      ['ResNet-50', 'ResNet 50'],
      ['ResNet-50', 'ResNet50'],
    ]);
  });

  it('takes the longest name, and a plural last word', () => {
    expect(namesIn('Graph neural networks beat neural networks on node classification.')).toEqual([
      ['graph neural network', 'Graph neural networks'],
      ['neural network', 'neural networks'],
      ['node classification', 'node classification'],
    ]);
  });

  it('goes back to the shorter name when a longer one does not finish', () => {
    // "neural network" starts no longer key that "training" continues
    expect(namesIn('neural network training')).toEqual([['neural network', 'neural network']]);
    // "graph neural" starts a key but the text stops there: nothing is named
    expect(namesIn('a graph neural model')).toEqual([]);
  });

  it('keeps the case of a name that must match with it, and stops at punctuation', () => {
    expect(namesIn('GNN and gnn')).toEqual([['graph neural network', 'GNN']]);
    expect(namesIn('Imagenet, ImageNet')).toEqual([['ImageNet', 'ImageNet']]);
    expect(namesIn('neural, network')).toEqual([]);
  });

  it('reads no word that is no start of a name, including words of no letters it knows', () => {
    expect(namesIn('Schrödinger équations ∂x')).toEqual([]);
    expect(namesIn('')).toEqual([]);
  });
});
