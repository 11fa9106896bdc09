import type { ConceptKind } from '../../types.ts';
import { isGeneric } from '../../lexicon/generic.ts';
import type { Cue } from '../items.ts';
import { span } from '../phrases.ts';
import { VAGUE } from '../variants.ts';
import { looksLikeName } from '../words.ts';
import { wordsOf } from '../tokens.ts';
import type { Word } from '../tokens.ts';

const SURVEY =
  /\b(?:survey|review|overview|introduction|tutorial|primer|perspective|position|analysis|study|revisit)/i;

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

// words that end a title's leading noun phrase: "Deep Low-Density Separation for …", "Memory Networks"
const TITLE_BREAK =
  /^(?:for|via|with|in|on|of|using|to|from|by|at|and|or|are|is|can|do|does|as|through|under|beyond|without|towards?)$/i;

/** the noun phrase a title opens with, when it reads as a name: "Deep Hybrid Model" in "A Deep Hybrid Model for …" */
export function findTitleLead(title: string): Cue | undefined {
  const words = wordsOf(title, 0);
  let i = /^(?:a|an|the)$/i.test(words[0]?.text ?? '') ? 1 : 0;
  const run: Word[] = [];
  for (; i < words.length && !TITLE_BREAK.test(words[i]!.text); i++) {
    if (!/^[\p{Lu}\d]/u.test(words[i]!.text) || run.length === 4) return undefined;
    run.push(words[i]!);
  }
  // gerunds and question words open sentences, not names: "Leveraging …", "How Powerful are …"
  if (run.length === 0 || /ing$/i.test(run[0]!.text) || NOT_LEAD.test(run[0]!.text)) return undefined;
  if (i < words.length && /^[:?]$/.test(words[i]!.text)) return undefined;
  const name = span(title, run, 0);
  // "Large-scale Pre-trained Models are …": rated, a generic kind is still no name
  const parts = name.split(/[\s-]+/);
  const rated = parts.findIndex((w) => !VAGUE.has(w.toLowerCase()));
  const unrated = parts.slice(rated < 0 ? parts.length : rated).join(' ');
  if (isGeneric(name) || isGeneric(unrated) || SURVEY.test(name)) return undefined;
  return {
    kind: 'method',
    role: 'proposed',
    name,
    aliases: [],
    start: run[0]!.start,
    end: run[run.length - 1]!.end,
    extractor: 'title-lead',
    confidence: 0.6,
  };
}

const NOT_LEAD =
  /^(?:how|when|why|what|which|where|who|towards?|on|is|are|do|does|can|beyond|learning|understanding)$/i;
