import type { ConceptKind } from '../../../types.ts';
import type { ValueMention } from '../values.ts';

/** one of the paper's kept concepts, where it is written */
export interface PaperConcept {
  kind: ConceptKind;
  /** canonical name */
  name: string;
  proposed: boolean;
}

/** a concept written in the sentence, offsets in the sentence */
export interface ConceptSpan {
  concept: PaperConcept;
  start: number;
  end: number;
}

/** what the attach rules read: the sentence, the concepts written in it, the paper's proposed methods */
export interface ResultSentence {
  text: string;
  spans: readonly ConceptSpan[];
  proposedMethods: readonly PaperConcept[];
  /** the datasets the paper proposes */
  proposedDatasets: readonly PaperConcept[];
}

/** a number the sentence states, with the metric it was paired with (null when none) */
export interface StatedValue {
  value: ValueMention;
  metric: string | null;
}

/** names the concept of one kind a value belongs to, or null when the text does not say */
export type AttachRule = (
  s: ResultSentence,
  value: StatedValue,
  values: readonly StatedValue[],
) => string | null;
