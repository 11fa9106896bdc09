// The records that flow between the ingest stages: sources → extract → link → load.

/** where a record came from, so every error can point at it */
export interface SourceLocation {
  file: string;
  /** 1-based line of the record's first line in the file */
  line: number;
}

/** one paper as read from a source file, before extraction */
export interface PaperRecord {
  /** the source's own id (arXiv id, DOI, …) when it gives one */
  id?: string;
  title: string;
  abstract: string;
  year?: number;
  venue?: string;
  url?: string;
  authors?: string[];
  /** the extraction an earlier run made of this record, when the file carries one (`extract --format extracted`) */
  extracted?: PriorExtraction;
  from: SourceLocation;
}

/** a record that could not be read, set aside with the reason */
export interface RejectedRecord {
  from: SourceLocation;
  reason: string;
  /** the start of the offending text, for the rejects file (at most a few hundred characters) */
  excerpt?: string;
}

/** a problem in a record that is still stored: a bad optional field, left out and reported */
export interface RecordWarning {
  from: SourceLocation;
  message: string;
}

/** what a source yields: a record (with any warnings), or a reject that does not stop the stream */
export type SourceItem =
  { ok: true; record: PaperRecord; warnings?: RecordWarning[] } | { ok: false; rejected: RejectedRecord };

import type { ConceptKind } from '../src/graph/model.ts';

// the graph's vocabulary names the kinds; extraction's records use them
export type { ConceptKind };
export type MentionRole = 'proposed' | 'used';
export type RelationType = 'ALTERNATIVE_TO' | 'VARIANT_OF';

/** the sentence that supports a mention or relation; offsets index the abstract ("title" field when in the title) */
export interface Evidence {
  sentence: string;
  /** character offsets of the mention in `field` (end exclusive) */
  start: number;
  end: number;
  field: 'title' | 'abstract';
  confidence: number;
  /** which rule produced it, e.g. "lexicon", "acronym", "propose-cue" */
  extractor: string;
}

/** one concept found in a paper, already linked to its canonical name */
export interface Mention {
  kind: ConceptKind;
  role: MentionRole;
  /** canonical name: the lexicon's name, or the paper's own name for a discovered concept */
  name: string;
  /** the surface forms found in the text */
  aliases: string[];
  origin: 'lexicon' | 'discovered';
  evidence: Evidence;
}

/** a relation between two methods, by canonical name */
export interface MethodRelation {
  from: string;
  type: RelationType;
  to: string;
  evidence: Evidence;
}

/** how a result's number is expressed: "92.3%", "+2.1 points", "3x", "12% relative", "28.4" */
export type ResultUnit = 'percent' | 'points' | 'times' | 'relative' | 'number';

/** a numeric result the paper states: a metric's value for a method on a dataset or task */
export interface ReportedResult {
  /** canonical names of this paper's concepts, or null when the text does not tie the number to one */
  method: string | null;
  dataset: string | null;
  task: string | null;
  /** the metric vocabulary's canonical name: "accuracy", "top-1 accuracy", "bleu", "error rate", "speedup" */
  metric: string;
  higherIsBetter: boolean;
  /** the number as written, with its unit or sign */
  valueText: string;
  /** the parsed number, in the unit below (92.3 for "92.3%", 3 for "3x") */
  value: number;
  unit: ResultUnit;
  /** the offsets are the value's in the sentence's field */
  evidence: Evidence;
}

/** everything extracted from one paper */
export interface Extraction {
  mentions: Mention[];
  relations: MethodRelation[];
  codeUrls: string[];
  results: ReportedResult[];
}

/** an extraction made elsewhere, and the extractor version that made it: used only when that is today's */
export interface PriorExtraction {
  version: string;
  extraction: Extraction;
}
