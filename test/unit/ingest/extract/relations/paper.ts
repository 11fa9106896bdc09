// Builds the relation rules' input by hand: a title and abstract and the methods the paper names in them.
import { aliasKey } from '../../../../../src/graph/names.ts';
import { findRelations } from '../../../../../ingest/extract/relations/index.ts';
import type {
  ConceptGroup,
  Occurrence,
  PairRule,
  RelationField,
  SentenceRule,
} from '../../../../../ingest/extract/relations/index.ts';
import { splitSentences } from '../../../../../ingest/extract/sentences.ts';

export interface MethodSpec {
  name: string;
  /** how the text writes it; the name by default */
  surfaces?: string[];
  proposed?: boolean;
  parents?: string[];
  alternativeTo?: string[];
}

/** every whole-word occurrence of each method's surfaces, in text order per field */
export function paperOf(title: string, abstract: string, specs: readonly MethodSpec[]) {
  const fields: RelationField[] = [
    { field: 'title', text: title, sentences: [{ start: 0, end: title.length, text: title }] },
    { field: 'abstract', text: abstract, sentences: splitSentences(abstract) },
  ];
  const groups: ConceptGroup[] = specs.map((s) => ({
    name: s.name,
    kind: 'method',
    proposed: s.proposed ?? false,
    parents: s.parents ?? [],
    alternativeTo: s.alternativeTo ?? [],
    keys: new Set([s.name, ...(s.surfaces ?? [])].map(aliasKey)),
  }));
  const occurrences: Occurrence[] = [];
  for (const f of fields) {
    const found: Occurrence[] = [];
    specs.forEach((s, i) => {
      for (const surface of s.surfaces ?? [s.name]) {
        const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        for (const m of f.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')))
          found.push({ group: groups[i]!, field: f.field, start: m.index, end: m.index + surface.length });
      }
    });
    occurrences.push(...found.sort((a, b) => a.start - b.start));
  }
  return { fields, occurrences, groups };
}

/** what one rule alone relates in a paper, as "from TYPE to" */
export function relate(
  rule: { sentence?: SentenceRule; pair?: PairRule },
  title: string,
  abstract: string,
  specs: readonly MethodSpec[],
): string[] {
  const { fields, occurrences, groups } = paperOf(title, abstract, specs);
  return findRelations(fields, occurrences, groups, {
    sentence: rule.sentence ? [rule.sentence] : [],
    pair: rule.pair ? [rule.pair] : [],
  }).map((r) => `${r.from} ${r.type} ${r.to}`);
}
