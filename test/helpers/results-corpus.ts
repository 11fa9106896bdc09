import type { Driver } from 'neo4j-driver';
import { loadLexicon } from '../../ingest/lexicon/index.ts';
import { writeBatch } from '../../ingest/load/index.ts';
import { toGraphBatch } from '../../ingest/rows.ts';
import type {
  ConceptKind,
  Extraction,
  Mention,
  PaperRecord,
  ReportedResult,
  ResultUnit,
} from '../../ingest/types.ts';

// A small corpus whose results are written by hand, so the leaderboard tests do not depend on the extractor.

const mention = (kind: ConceptKind, name: string, role: Mention['role'] = 'used'): Mention => ({
  kind,
  role,
  name,
  aliases: [name],
  origin: name === 'FooNet' ? 'discovered' : 'lexicon',
  evidence: {
    sentence: `We use ${name}.`,
    start: 7,
    end: 7 + name.length,
    field: 'abstract',
    confidence: 0.9,
    extractor: 'test',
  },
});

interface Stated {
  method?: string;
  dataset?: string;
  task?: string;
  metric: string;
  valueText: string;
  value: number;
  unit: ResultUnit;
  higherIsBetter?: boolean;
}

const result = (abstract: string, stated: Stated): ReportedResult => {
  const start = abstract.indexOf(stated.valueText);
  if (start < 0) throw new Error(`"${stated.valueText}" is not in the abstract`);
  return {
    method: stated.method ?? null,
    dataset: stated.dataset ?? null,
    task: stated.task ?? null,
    metric: stated.metric,
    higherIsBetter: stated.higherIsBetter ?? true,
    valueText: stated.valueText,
    value: stated.value,
    unit: stated.unit,
    evidence: {
      sentence: abstract,
      start,
      end: start + stated.valueText.length,
      field: 'abstract',
      confidence: 0.8,
      extractor: 'test',
    },
  };
};

const paper = (
  id: string,
  year: number,
  abstract: string,
  mentions: Mention[],
  stated: Stated[],
): { record: PaperRecord; extraction: Extraction } => ({
  record: { id, title: `Paper ${id}`, abstract, year, from: { file: 'results-corpus', line: 1 } },
  extraction: { mentions, relations: [], codeUrls: [], results: stated.map((s) => result(abstract, s)) },
});

const GCN = 'Graph Convolutional Network';
const GAT = 'Graph Attention Network';
const NODE = 'node classification';

export const RESULTS_CORPUS = [
  paper(
    'res-gcn',
    2019,
    'GCN reaches 81.5% accuracy on Cora for node classification.',
    [mention('method', GCN), mention('dataset', 'Cora'), mention('task', NODE)],
    [
      {
        method: GCN,
        dataset: 'Cora',
        task: NODE,
        metric: 'accuracy',
        valueText: '81.5%',
        value: 81.5,
        unit: 'percent',
      },
    ],
  ),
  paper(
    'res-gat',
    2020,
    'GAT reaches 83.0% accuracy on Cora, +1.5 points over GCN.',
    [mention('method', GAT), mention('method', GCN), mention('dataset', 'Cora'), mention('task', NODE)],
    [
      { method: GAT, dataset: 'Cora', metric: 'accuracy', valueText: '83.0%', value: 83, unit: 'percent' },
      {
        method: GAT,
        dataset: 'Cora',
        metric: 'accuracy',
        valueText: '+1.5 points',
        value: 1.5,
        unit: 'points',
      },
    ],
  ),
  paper(
    'res-foo',
    2021,
    'FooNet reaches 84.2% accuracy on Cora and a 3.1% error rate on CIFAR-10.',
    [mention('method', 'FooNet', 'proposed'), mention('dataset', 'Cora'), mention('dataset', 'CIFAR-10')],
    [
      {
        method: 'FooNet',
        dataset: 'Cora',
        metric: 'accuracy',
        valueText: '84.2%',
        value: 84.2,
        unit: 'percent',
      },
      {
        method: 'FooNet',
        dataset: 'CIFAR-10',
        metric: 'error rate',
        valueText: '3.1%',
        value: 3.1,
        unit: 'percent',
        higherIsBetter: false,
      },
    ],
  ),
  paper(
    'res-resnet',
    2021,
    'ResNet has a 4.5% error rate on CIFAR-10 and 76.1% top-1 accuracy on ImageNet.',
    [mention('method', 'Residual Network'), mention('dataset', 'CIFAR-10'), mention('dataset', 'ImageNet')],
    [
      {
        method: 'Residual Network',
        dataset: 'CIFAR-10',
        metric: 'error rate',
        valueText: '4.5%',
        value: 4.5,
        unit: 'percent',
        higherIsBetter: false,
      },
      {
        method: 'Residual Network',
        dataset: 'ImageNet',
        metric: 'top-1 accuracy',
        valueText: '76.1%',
        value: 76.1,
        unit: 'percent',
      },
    ],
  ),
  // the result is tied to no task, but the paper addresses machine translation
  paper(
    'res-transformer',
    2018,
    'The Transformer reaches 28.4 BLEU on WMT 2014 English-German translation.',
    [
      mention('method', 'Transformer'),
      mention('dataset', 'WMT 2014'),
      mention('task', 'machine translation'),
    ],
    [
      {
        method: 'Transformer',
        dataset: 'WMT 2014',
        metric: 'bleu',
        valueText: '28.4',
        value: 28.4,
        unit: 'number',
      },
    ],
  ),
  paper(
    'res-citeseer',
    2020,
    'GCN reaches 70.3% accuracy on Citeseer.',
    [mention('method', GCN), mention('dataset', 'Citeseer'), mention('task', NODE)],
    [
      {
        method: GCN,
        dataset: 'Citeseer',
        task: NODE,
        metric: 'accuracy',
        valueText: '70.3%',
        value: 70.3,
        unit: 'percent',
      },
    ],
  ),
];

/** writes the corpus through ingest's own rows and loader */
export async function loadResultsCorpus(driver: Driver, corpus = RESULTS_CORPUS, version = 'results-test') {
  return writeBatch(driver, undefined, toGraphBatch(corpus, loadLexicon(), version));
}
