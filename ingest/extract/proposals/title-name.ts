import type { ConceptKind } from '../../types.ts';
import { isGeneric } from '../../lexicon/generic.ts';
import type { Cue } from '../items.ts';
import { looksLikeName } from '../words.ts';
import { SURVEY } from './title-lead.ts';

/** "X: a …" in a title names what the paper proposes; a survey's subject is only used */
export function findTitleName(title: string): Cue | undefined {
  const m = /^\s*([^:]{2,60}?)\s*:\s+(\S.*)$/.exec(title);
  if (!m) return undefined;
  // "From Softmax to Sparsemax: …" names the new thing last
  const head = /^from\s+\S.*?\s+to\s+(\S.*)$/i.exec(m[1]!)?.[1] ?? m[1]!;
  const words = head.split(/\s+/);
  if (
    words.length > 5 ||
    /[,?!'’]/.test(head) ||
    !words.every((w) => looksLikeName(w) || /^(?:of|for|and|the|a|with|in|on|to)$/.test(w))
  )
    return undefined;
  if (isGeneric(head) || SURVEY.test(m[2]!) || SURVEY.test(head)) return undefined;
  const kind: ConceptKind = /\b(?:dataset|benchmark|corpus|database)\b/i.test(m[2]!) ? 'dataset' : 'method';
  const start = title.indexOf(head);
  return {
    kind,
    role: 'proposed',
    name: head,
    aliases: [head],
    start,
    end: start + head.length,
    extractor: 'title-cue',
    confidence: 0.8,
  };
}
