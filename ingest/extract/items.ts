import type { ConceptKind, Evidence, MentionRole } from '../types.ts';
import type { Lexicon, LexiconConcept } from '../lexicon/index.ts';
import type { Sentence } from './sentences.ts';

export type FieldName = Evidence['field'];

/** a concept named by a cue phrase rather than found in the lexicon */
export interface Cue {
  kind: ConceptKind;
  role: MentionRole;
  /** the name as written (the loader links it to the lexicon if it is known) */
  name: string;
  /** other surface forms, such as the noun phrase with its adjectives */
  aliases: string[];
  start: number;
  end: number;
  extractor: string;
  confidence: number;
}

/** one piece of evidence for a concept, before concepts are merged */
export interface Item {
  kind: ConceptKind;
  role: MentionRole;
  name: string;
  surface: string;
  extraAliases: readonly string[];
  concept?: LexiconConcept;
  weak: boolean;
  field: FieldName;
  start: number;
  end: number;
  extractor: string;
  confidence: number;
  /** aliasKey of `name` when the finder already knows it (and `surface` is the same words) */
  key?: string;
}

/** what a finder must say about what it found; the rest of an Item has a default */
export type Found = Pick<Item, 'kind' | 'name' | 'field' | 'start' | 'end' | 'extractor' | 'confidence'> &
  Partial<Item>;

/** the one way to build an Item: a used, non-weak mention written as its name, unless the finder says otherwise */
export function makeItem(found: Found): Item {
  // every field written out in one order: items of one shape keep the code that reads them fast
  return {
    kind: found.kind,
    role: found.role ?? 'used',
    name: found.name,
    surface: found.surface ?? found.name,
    extraAliases: found.extraAliases ?? [],
    concept: found.concept,
    weak: found.weak ?? false,
    field: found.field,
    start: found.start,
    end: found.end,
    extractor: found.extractor,
    confidence: found.confidence,
    key: found.key,
  };
}

export interface Field {
  field: FieldName;
  text: string;
  sentences: Sentence[];
}

// what the head word of a long form says about its kind: "… Classification (TSC)" is a task
export const TASK_HEAD =
  /(?:classification|detection|recognition|segmentation|prediction|forecasting|estimation|generation|translation|answering|retrieval|parsing|tagging|extraction|summari[sz]ation|labell?ing|captioning|completion|search|discovery|locali[sz]ation|tracking|synthesis|understanding|reasoning|adaptation|inpainting|denoising|editing|matching|alignment|verification|imputation|ranking|clustering)$/i;
export const DATASET_HEAD = /(?:dataset|benchmark|corpus|treebank)s?$/i;
export const NOT_A_CONCEPT =
  /(?:curve|score|rate|ratio|error|bound|metric|coefficient|university|institute|association|conference|processing unit|error rate|index|agency|organi[sz]ation|act|program(?:me)?|collapse|phenomen(?:on|a)|effect|frame)s?$/i;

/** the Item a cue names: a known concept's own name and kind when the lexicon knows the cue's name */
export function cueItem(lexicon: Lexicon, cue: Cue, field: FieldName): Item | undefined {
  const known = lexicon.lookup(cue.name).find((c) => c.kind === cue.kind || cue.kind === 'method');
  // a dataset cue on a known task or method ("the Domain Adaptation benchmark") is no dataset name
  if (cue.kind === 'dataset' && !known && lexicon.lookup(cue.name).length > 0) return undefined;
  // a known concept that an acronym after "we propose" spells out is only used; so is any task
  const role = known && (known.kind === 'task' || cue.extractor === 'propose-acronym') ? 'used' : cue.role;
  return makeItem({
    kind: known?.kind ?? cue.kind,
    role,
    name: known?.name ?? cue.name,
    surface: cue.name,
    extraAliases: cue.aliases,
    ...(known ? { concept: known } : {}),
    field,
    start: cue.start,
    end: cue.end,
    extractor: cue.extractor,
    confidence: cue.confidence,
  });
}
