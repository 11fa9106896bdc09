import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../ingest/normalise.ts';

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
