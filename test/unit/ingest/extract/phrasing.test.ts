import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../ingest/extract/index.ts';
import { loadLexicon } from '../../../../ingest/lexicon/index.ts';

// the rules alone, as the candidate finders propose: what the model then decides is in model.test.ts
const extractPaper = createExtractor(loadLexicon());
import type { Extraction } from '../../../../ingest/types.ts';

const names = (e: Extraction, kind: string): string[] =>
  e.mentions
    .filter((m) => m.kind === kind)
    .map((m) => m.name)
    .sort();
const run = (abstract: string, title = '') => extractPaper({ title, abstract });

describe('extractPaper: tasks written verb first', () => {
  it.each([
    ['We focus on generating fluent text for dialogue agents.', 'text generation'],
    ['Classifying images with few labels remains hard.', 'image classification'],
    ['Our model supports detection of anomalies in server logs.', 'anomaly detection'],
    ['The system is good at answering complex questions.', 'question answering'],
    ['We study segmentation of medical images.', 'medical image segmentation'],
    ['Language models are few-shot learners.', 'few-shot learning'],
    ['Lifelong learners must keep old skills.', 'continual learning'],
    ['GNNs are a framework for representation learning of graphs.', 'graph representation learning'],
  ])('%s → %s', (abstract, task) => {
    expect(names(run(abstract), 'task')).toContain(task);
  });

  it.each([
    // the object runs on past the task's noun: these are descriptions, not images
    ['We propose a method for generating image descriptions.'],
    // a count is no part of a task name
    ['The head is trained by predicting three types of edits.'],
    // too vague an object
    ['We avoid generating data by hand and selecting models by search.'],
    ['The generating function of the sequence is rational.'],
    ['Weak learners are combined by boosting.'],
  ])('finds no task in: %s', (abstract) => {
    expect(names(run(abstract), 'task')).toEqual([]);
  });
});

describe('extractPaper: a task around its object', () => {
  it('names the specific task, not the general one it is written around', () => {
    const tasks = names(run('GNNs are a framework for representation learning of graphs.'), 'task');
    expect(tasks).not.toContain('representation learning');
  });
});

describe('extractPaper: tasks named inside other names', () => {
  it('a method named after its task names the task', () => {
    const e = run('We apply Differentiable Architecture Search (DARTS) to transformers.');
    expect(names(e, 'task')).toContain('neural architecture search');
  });

  it.each([
    ['We propose a novel clustering method for sensor data.', []],
    ['The learned features show an interesting clustering property.', []],
    ['We present a sparse regression method with linear cost.', ['regression']],
    ['We study clustering of sensor data streams.', ['clustering']],
  ])('a bare task word that only describes a noun is no task: %s', (abstract, tasks) => {
    expect(names(run(abstract), 'task')).toEqual(tasks);
  });
});

describe('extractPaper: everyday phrases', () => {
  it.each([
    ['Graph pre-training has gained significant attention in recent years.'],
    ['The problem has attracted increasing research attention.'],
    ['Little work has paid close attention to robustness.'],
    ['Such models deserve more attention from practitioners.'],
  ])('"attention" in an idiom is no method: %s', (abstract) => {
    expect(names(run(abstract), 'method')).not.toContain('Attention Mechanism');
  });

  it.each([
    ['We add attention to the encoder.'],
    ['A mechanism called attention weighs the inputs.'],
    ['We use directional attention over tokens.'],
  ])('attention as a mechanism is still found: %s', (abstract) => {
    expect(names(run(abstract), 'method')).toContain('Attention Mechanism');
  });
});

describe('extractPaper: distilling', () => {
  it.each([
    ['Distilling a Neural Network Into a Soft Decision Tree', 'We explain classifications.'],
    ['', 'We distill the knowledge of a large network into a student network.'],
    ['', 'The explainer is distilled from the pretrained teacher model.'],
    ['', 'A teacher-student methodology transfers knowledge to a small network.'],
    ['', 'It distills these capabilities into a smaller, efficient scenario generator.'],
  ])('a model distilled into another is knowledge distillation: %s %s', (title, abstract) => {
    expect(names(run(abstract, title), 'method')).toContain('Knowledge Distillation');
  });
});

describe('extractPaper: graph task synonyms', () => {
  it('vertex classification and missing edge detection are node classification and link prediction', () => {
    const tasks = names(
      run('Vertex classification and missing edge detection have many applications.'),
      'task',
    );
    expect(tasks).toEqual(expect.arrayContaining(['node classification', 'link prediction']));
    expect(tasks).not.toContain('edge detection');
  });
});

describe('extractPaper: advice is no recommendation task', () => {
  it.each([
    ['We conclude with recommendations for future benchmark design.', []],
    ['Finally, we provide practical recommendations to practitioners.', []],
    ['The system provides personalized recommendations to users.', ['recommendation']],
  ])('%s', (abstract, tasks) => {
    expect(names(run(abstract), 'task')).toEqual(tasks);
  });
});

describe('extractPaper: tasks defined by a short form', () => {
  it('keeps a defined kind of a task apart from the task', () => {
    const e = run(
      'Social recommender systems (SocialRS) use social relations for generating item recommendations to users. ' +
        'We review GNN-based SocialRS.',
      'A Survey of Social Recommender Systems',
    );
    expect(names(e, 'task')).toEqual(['Social recommender systems', 'recommendation']);
    expect(names(e, 'method')).not.toContain('Social recommender systems');
  });

  it('a short form that ends in a one-word task name stays a method', () => {
    const e = run('We introduce Gradient-Boosting RL (GBRL), a framework for control.');
    expect(names(e, 'task')).not.toContain('Gradient-Boosting RL');
  });
});

describe('extractPaper: "classification" on its own', () => {
  it.each([
    [
      'We improve the interpretability of black-box models for classification tasks. ' +
        'The classification is performed on learned embeddings.',
      true,
    ],
    ['We improve the interpretability of black-box models for classification tasks.', false],
    ['We study image classification. The classification is performed on learned embeddings.', false],
  ])('%s → kept: %s', (abstract, kept) => {
    expect(names(run(abstract), 'task').includes('classification')).toBe(kept);
  });
});
