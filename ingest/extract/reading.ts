import type { Lexicon } from '../lexicon/index.ts';
import type { AcronymDefinition } from './acronyms.ts';
import type { Field, Item } from './items.ts';
import type { Hit } from './matcher.ts';
import type { Token, Word } from './tokens.ts';

/** one field (title or abstract) as the candidate steps read it; steps add to and remove from `items` */
export interface FieldReading {
  lexicon: Lexicon;
  field: Field;
  /** the field's words and punctuation, scanned once for the tokenizer and the tagger */
  words: readonly Word[];
  tokens: readonly Token[];
  /** lexicon matches, idioms removed */
  hits: readonly Hit[];
  acronyms: readonly AcronymDefinition[];
  /** this field's candidate items so far */
  items: Item[];
}

/** the whole paper as the candidate steps read it once each field has been read */
export interface PaperReading {
  lexicon: Lexicon;
  title: FieldReading;
  abstract: FieldReading;
  /** both fields' items, the title's first */
  items: Item[];
}

/** a candidate step over one field's own items, run on the title and then on the abstract */
export interface FieldStep {
  name: string;
  /** the abstract only: titles capitalise every word and state no cue sentences */
  abstractOnly?: boolean;
  run(r: FieldReading): void;
}

/** a candidate step over the whole paper's items, run after every field step */
export interface PaperStep {
  name: string;
  run(p: PaperReading): void;
}
