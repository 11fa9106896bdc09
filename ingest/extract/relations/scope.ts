import type { MethodRelation, RelationType } from '../../types.ts';
import type { Sentence } from '../sentences.ts';

/** one occurrence of a concept, as relations need it */
export interface Occurrence {
  group: ConceptGroup;
  field: 'title' | 'abstract';
  start: number;
  end: number;
}

/** a concept of the paper with what relations need to know about it */
export interface ConceptGroup {
  name: string;
  kind: string;
  proposed: boolean;
  /** lexicon parents (canonical names) */
  parents: readonly string[];
  /** methods the lexicon knows this one as an alternative to (canonical names) */
  alternativeTo: readonly string[];
  /** aliasKeys of its names and surface forms */
  keys: ReadonlySet<string>;
}

export interface RelationField {
  field: 'title' | 'abstract';
  text: string;
  sentences: readonly Sentence[];
}

/** a relation a rule states, before duplicates are dropped */
export interface FoundRelation {
  from: ConceptGroup;
  type: RelationType;
  to: ConceptGroup;
  evidence: MethodRelation['evidence'];
}

/** the paper as every relation rule sees it */
export interface PaperScope {
  fields: readonly RelationField[];
  groups: readonly ConceptGroup[];
  /** the occurrences of methods, in text order per field */
  methods: readonly Occurrence[];
  /** the paper's first proposed method, if any */
  primary: ConceptGroup | undefined;
}

/** one sentence, with the methods that occur in it */
export interface SentenceScope extends PaperScope {
  field: RelationField['field'];
  /** the whole field's text; offsets are into it */
  text: string;
  sentence: Sentence;
  inSentence: readonly Occurrence[];
}

/** a rule that reads relations off one sentence's wording */
export interface SentenceRule {
  name: string;
  /** whether the rule can find something in a sentence that names no method */
  withoutMethods?: boolean;
  find(s: SentenceScope): FoundRelation[];
}

/** the paper as a pair rule sees it: each method's first occurrence as well */
export interface PairScope extends PaperScope {
  first: ReadonlyMap<ConceptGroup, Occurrence>;
}

/** a rule that relates two methods of the paper from what is known about them */
export interface PairRule {
  name: string;
  find(child: ConceptGroup, parent: ConceptGroup, paper: PairScope): FoundRelation[];
}

/** the evidence of a relation at occurrence `o`: its sentence */
export function occurrenceEvidence(
  paper: PaperScope,
  o: Occurrence,
  confidence: number,
  extractor: string,
): MethodRelation['evidence'] {
  const f = paper.fields.find((x) => x.field === o.field)!;
  const s = f.sentences.find((x) => x.start <= o.start && o.end <= x.end);
  return { sentence: s?.text ?? f.text, start: o.start, end: o.end, field: o.field, confidence, extractor };
}

/** the evidence of a relation stated in sentence `s` between `start` and `end` */
export const sentenceEvidence = (
  s: SentenceScope,
  start: number,
  end: number,
  confidence: number,
  extractor: string,
): MethodRelation['evidence'] => ({
  sentence: s.sentence.text,
  start,
  end,
  field: s.field,
  confidence,
  extractor,
});
