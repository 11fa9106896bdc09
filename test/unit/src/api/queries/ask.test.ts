import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../../../src/graph/names.ts';
import type { ConceptMatch } from '../../../../../src/api/queries/concepts.ts';
import type { ConceptLabel } from '../../../../../src/graph/model.ts';
import { explain } from '../../../../../src/api/queries/ask/explain.ts';
import { matchSpans } from '../../../../../src/api/queries/ask/match.ts';
import {
  detectIntent,
  nameCandidates,
  parseQuestion,
  questionNames,
  tagTerms,
} from '../../../../../src/api/queries/ask/parse.ts';
import { explainLeaderboard, explainTopConcepts } from '../../../../../src/api/queries/ask/explain.ts';

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
  ['CIFAR-10', 'Dataset', ['CIFAR10']],
  ['machine translation', 'Task', ['MT']],
  ['learning to rank', 'Task', ['LTR']],
  ['Alternating Direction Method of Multipliers', 'Method', ['ADMM']],
  ['novel class discovery', 'Task', []],
  ['Adam', 'Method', []],
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
const known = (name: string) => lookup(name).length > 0;
const understand = (question: string) => matchSpans(parseQuestion(question, known), lookup);

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
    // names a preposition, a conjunction or a question word would split are held together when they are known
    ['papers on learning to rank', { tasks: ['learning to rank'] }],
    [
      'papers using the alternating direction method of multipliers on Cora',
      { methods: ['Alternating Direction Method of Multipliers'], datasets: ['Cora'] },
    ],
    [
      'novel class discovery papers evaluated on CIFAR-10',
      { tasks: ['novel class discovery'], datasets: ['CIFAR-10'] },
    ],
    // a kind noun after a name is the question talking
    ['which papers use the Adam optimizer?', { methods: ['Adam'] }],
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

  it('also looks up the word sequences a question word, cue or part of speech splits, and only those', () => {
    const names = questionNames(tagTerms('papers on learning to rank'));
    expect(names).toContain('learning to rank');
    expect(names).toContain('learning');
    // "learning to" holds a preposition; "papers on learning" holds a question word: both looked up, known or not
    expect(names).toEqual(expect.arrayContaining(['learning to', 'papers on learning']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds a known name together only when it is known', () => {
    const spans = (known: (name: string) => boolean) =>
      parseQuestion('papers on learning to rank', known).map((span) =>
        span.terms.map((t) => t.text).join(' '),
      );
    expect(spans(() => false)).toEqual(['learning', 'rank']);
    expect(spans((name) => name === 'learning to rank')).toEqual(['learning to rank']);
  });
});

describe('ask: leaderboard and counting questions, with a fake lookup', () => {
  const route = (question: string) => {
    const { intent, rest } = detectIntent(question);
    return { intent, filter: understand(rest).filter };
  };

  it.each([
    ['best results on CIFAR-10', { datasets: ['CIFAR-10'] }],
    ['What is the state of the art for machine translation?', { tasks: ['machine translation'] }],
    ['state-of-the-art on cifar10', { datasets: ['CIFAR-10'] }],
    ['SOTA for MT', { tasks: ['machine translation'] }],
    ['top results on Cora for node classification', { datasets: ['Cora'], tasks: ['node classification'] }],
    ['leaderboard for link prediction', { tasks: ['link prediction'] }],
    ['which model performs best on CIFAR-10?', { datasets: ['CIFAR-10'] }],
    ['best-performing methods for link prediction', { tasks: ['link prediction'] }],
    ['best scores on Cora', { datasets: ['Cora'] }],
  ])('%j asks for a leaderboard of %j', (question, filter) => {
    expect(route(question)).toEqual({ intent: { kind: 'leaderboard' }, filter });
  });

  it.each([
    ['highest BLEU for MT', 'bleu', { tasks: ['machine translation'] }],
    ['state-of-the-art top-1 accuracy on CIFAR-10', 'top-1 accuracy', { datasets: ['CIFAR-10'] }],
    ['top accuracy on Cora', 'accuracy', { datasets: ['Cora'] }],
    ['which method has the lowest error rate on CIFAR-10?', 'error rate', { datasets: ['CIFAR-10'] }],
    ['F1 leaderboard for link prediction', 'f1', { tasks: ['link prediction'] }],
  ])('%j asks for a leaderboard by %s of %j', (question, metric, filter) => {
    expect(route(question)).toEqual({ intent: { kind: 'leaderboard', metric }, filter });
  });

  it('takes only a metric written next to the leaderboard words, so a name keeps its words', () => {
    const { intent, rest } = detectIntent('state of the art in grammatical error correction');
    expect(intent).toEqual({ kind: 'leaderboard' });
    expect(rest).toContain('grammatical error correction');
  });

  it.each([
    ['which datasets are used for node classification', 'dataset', { tasks: ['node classification'] }],
    ['most common methods on Cora', 'method', { datasets: ['Cora'] }],
    ['What benchmarks are most often used for link prediction?', 'dataset', { tasks: ['link prediction'] }],
    ['most used models for few-shot learning', 'method', { tasks: ['few-shot learning'] }],
    ['popular tasks on MNIST', 'task', { datasets: ['MNIST'] }],
    ['what datasets do people use for node classification', 'dataset', { tasks: ['node classification'] }],
    ['which methods do papers on Cora use?', 'method', { datasets: ['Cora'] }],
    ['top datasets for link prediction', 'dataset', { tasks: ['link prediction'] }],
    ['benchmarks commonly used for few-shot learning', 'dataset', { tasks: ['few-shot learning'] }],
  ])('%j asks for the %s most used, over %j', (question, of, filter) => {
    expect(route(question)).toEqual({ intent: { kind: 'topConcepts', of }, filter });
  });

  it.each([
    'papers using Cora that propose alternatives to backprop',
    'which papers propose an alternative to BP?',
    'which methods are alternatives to backprop',
    'best practices for knowledge distillation',
    'papers reporting accuracy on Cora',
    'what do papers on Cora use?',
  ])('%j is still a question about papers', (question) => {
    expect(detectIntent(question)).toEqual({ intent: { kind: 'papers' }, rest: question });
  });

  it('explains a counting question by the papers counted, and a leaderboard by its ranking and what it left out', () => {
    const counting = understand(detectIntent('which datasets are used for node classification').rest);
    expect(explainTopConcepts(counting, 'dataset', true)).toBe(
      'The datasets most used by papers that address the task node classification.',
    );
    expect(explainTopConcepts(counting, 'method', false)).toBe('The methods most used by all papers.');
    const board = understand(detectIntent('best results on CIFAR-10 using backprop').rest);
    const explanation = explainLeaderboard(board, {
      explanation: '2 accuracy results on CIFAR-10, in percent, ranked with higher is better.',
    } as never);
    expect(explanation).toBe(
      'Leaderboard: 2 accuracy results on CIFAR-10, in percent, ranked with higher is better. ' +
        'Not used for the ranking: "backprop".',
    );
  });
});
