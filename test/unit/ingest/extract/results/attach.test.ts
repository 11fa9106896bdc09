import { describe, expect, it } from 'vitest';
import { attachDataset } from '../../../../../ingest/extract/results/attach/dataset.ts';
import { attachMethod } from '../../../../../ingest/extract/results/attach/method.ts';
import { attachTask } from '../../../../../ingest/extract/results/attach/task.ts';
import type {
  AttachRule,
  ConceptSpan,
  PaperConcept,
  ResultSentence,
  StatedValue,
} from '../../../../../ingest/extract/results/attach/types.ts';
import { notAResult } from '../../../../../ingest/extract/results/not-results.ts';
import { findValues } from '../../../../../ingest/extract/results/values.ts';

const method = (name: string, proposed = false): PaperConcept => ({ kind: 'method', name, proposed });
const dataset = (name: string, proposed = false): PaperConcept => ({ kind: 'dataset', name, proposed });
const task = (name: string): PaperConcept => ({ kind: 'task', name, proposed: false });

/** what `rule` names for each value of `text`, where each concept is written in the sentence by its name */
function attach(
  rule: AttachRule,
  text: string,
  concepts: PaperConcept[],
  paper: { proposedMethods?: PaperConcept[]; proposedDatasets?: PaperConcept[] } = {},
  metric: string | null = 'accuracy',
): (string | null)[] {
  const spans: ConceptSpan[] = [];
  for (const concept of concepts)
    for (let i = text.indexOf(concept.name); i >= 0; i = text.indexOf(concept.name, i + 1))
      spans.push({ concept, start: i, end: i + concept.name.length });
  const s: ResultSentence = {
    text,
    spans: spans.sort((a, b) => a.start - b.start),
    proposedMethods: paper.proposedMethods ?? concepts.filter((c) => c.kind === 'method' && c.proposed),
    proposedDatasets: paper.proposedDatasets ?? [],
  };
  const values: StatedValue[] = findValues(text)
    .filter((v) => notAResult(text, v) === undefined)
    .map((value) => ({ value, metric }));
  return values.map((v) => rule(s, v, values));
}

describe('attachDataset', () => {
  it('takes the dataset nearest the value', () => {
    expect(
      attach(attachDataset, 'On CIFAR-10 we reach 96.1% accuracy, and on ImageNet 80.2% accuracy.', [
        dataset('CIFAR-10'),
        dataset('ImageNet'),
      ]),
    ).toEqual(['CIFAR-10', 'ImageNet']);
  });

  it('pairs lists by "respectively"', () => {
    expect(
      attach(attachDataset, 'On SNIPS and ATIS we get 99.3% and 98.2% accuracy, respectively.', [
        dataset('SNIPS'),
        dataset('ATIS'),
      ]),
    ).toEqual(['SNIPS', 'ATIS']);
  });

  it('keeps values past the end of a "respectively" list with the last dataset', () => {
    expect(
      attach(attachDataset, 'On A10, B10 and C10 we get 3.9%, 18.5% and 26.0% / 8.5% error, respectively.', [
        dataset('A10'),
        dataset('B10'),
        dataset('C10'),
      ]),
    ).toEqual(['A10', 'B10', 'C10', 'C10']);
  });

  it('leaves a dataset after another value of another metric to that value', () => {
    const text = 'It gains +4.0% on average (including +8.2% on MMLU).';
    const s: ResultSentence = {
      text,
      spans: [{ concept: dataset('MMLU'), start: text.indexOf('MMLU'), end: text.indexOf('MMLU') + 4 }],
      proposedMethods: [],
      proposedDatasets: [],
    };
    const [avg, mmlu] = findValues(text);
    const values: StatedValue[] = [
      { value: avg!, metric: 'improvement' },
      { value: mmlu!, metric: null },
    ];
    expect(attachDataset(s, values[0]!, values)).toBeNull();
  });

  it("takes a benchmark paper's own dataset when the sentence names none, else null", () => {
    const text = 'Even the best model only reaches 48.9% accuracy.';
    expect(attach(attachDataset, text, [], { proposedDatasets: [dataset('Commonsense-T2I', true)] })).toEqual(
      ['Commonsense-T2I'],
    );
    expect(attach(attachDataset, text, [])).toEqual([null]);
  });
});

describe('attachMethod', () => {
  it('takes a proposed method named before the value', () => {
    expect(
      attach(attachMethod, 'LCNN offers 3.2x speedup over AlexNet.', [
        method('LCNN', true),
        method('AlexNet'),
      ]),
    ).toEqual(['LCNN']);
  });

  it("takes the paper's proposed method when the sentence speaks of its own work", () => {
    expect(
      attach(attachMethod, 'Our method reaches 80.1% accuracy.', [], {
        proposedMethods: [method('FooNet', true)],
      }),
    ).toEqual(['FooNet']);
  });

  it('takes the method a value is written after in parentheses', () => {
    expect(
      attach(attachMethod, 'This beats the previous method, NEFTune (64.69%).', [method('NEFTune')]),
    ).toEqual(['NEFTune']);
  });

  it("takes the clause's subject, never an object of comparison or use", () => {
    expect(
      attach(attachMethod, 'Even DALL-E 3 only reaches 48.9% accuracy.', [method('DALL-E 3')], {
        proposedMethods: [method('Ours', true)],
      }),
    ).toEqual(['DALL-E 3']);
    expect(attach(attachMethod, 'Compared with BERT, it reaches 48.9% accuracy.', [method('BERT')])).toEqual([
      null,
    ]);
  });

  it('gives a number stated for an earlier, other method to none', () => {
    expect(
      attach(attachMethod, 'We improve it from a previous best of 67.7% to 82.1%.', [], {
        proposedMethods: [method('FooNet', true)],
      }),
    ).toEqual([null, 'FooNet']);
  });
});

describe('attachTask', () => {
  it('takes the task nearest the value, or null', () => {
    expect(
      attach(attachTask, 'We get 99.3% accuracy on intent detection and 97.2% F1 on slot filling.', [
        task('intent detection'),
        task('slot filling'),
      ]),
    ).toEqual(['intent detection', 'slot filling']);
    expect(attach(attachTask, 'We get 99.3% accuracy.', [])).toEqual([null]);
  });
});
