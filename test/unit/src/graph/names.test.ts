import { describe, expect, it } from 'vitest';
import { aliasKey, conceptId, paperId } from '../../../../src/graph/names.ts';

describe('aliasKey', () => {
  it.each([
    ['Backpropagation', 'backpropagation'],
    ['back-propagation', 'backpropagation'],
    ['Back Propagation', 'backpropagation'],
    ['BP', 'bp'],
    ['GNNs', 'gnn'],
    ['graph neural networks', 'graphneuralnetwork'],
    ['Graph Neural Network', 'graphneuralnetwork'],
    ['strategies', 'strategy'],
    ['approaches', 'approach'],
    ['CIFAR-10', 'cifar10'],
    ['ImageNet-1k', 'imagenet1k'],
    ['Schrödinger bridge', 'schrodingerbridge'],
    ['loss', 'loss'],
    ['Focus', 'focus'],
    ['analysis', 'analysis'],
    ["Adam's rule", 'adamrule'],
    ['  ', ''],
  ])('%s → %s', (name, key) => expect(aliasKey(name)).toBe(key));
});

describe('paperId', () => {
  it('keeps the source id', () => expect(paperId({ id: ' 2101.00001 ', title: 'x' })).toBe('2101.00001'));
  it('hashes the normalised title otherwise', () => {
    expect(paperId({ title: 'Graph  Attention Networks' })).toBe(
      paperId({ title: 'graph attention networks' }),
    );
    expect(paperId({ title: 'Graph Attention Networks' })).toMatch(/^p-[0-9a-f]{16}$/);
  });
});

describe('conceptId', () => {
  it.each([
    ['method', 'Forward-Forward', 'method:forward-forward'],
    ['dataset', 'CIFAR-10', 'dataset:cifar-10'],
    ['task', 'node classification', 'task:node-classification'],
  ] as const)('%s %s → %s', (kind, name, id) => expect(conceptId(kind, name)).toBe(id));
});
