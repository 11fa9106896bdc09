import { isGeneric } from '../../lexicon/generic.ts';
import type { Lexicon } from '../../lexicon/index.ts';
import { TASK_HEAD } from '../items.ts';
import type { Cue } from '../items.ts';
import { span } from '../phrases.ts';
import { wordsOf } from '../tokens.ts';
import type { Word } from '../tokens.ts';
import { VAGUE } from '../variants.ts';
import { isCoined } from '../words.ts';

// A title's lead phrase, and what it reads as: title-for-unnamed.ts, title-variant.ts and title-acronym.ts name
// proposals from it

export const SURVEY =
  /\b(?:survey|review|overview|introduction|tutorial|primer|perspective|position|analysis|study|revisit)/i;

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

// "Multi-Relational Graph Transformer": a modifier before a method the lexicon knows
export function variesKnownMethod(lexicon: Lexicon, name: string): boolean {
  const words = name.split(/\s+/);
  return words.some(
    (_, i) =>
      i > 0 &&
      !isGeneric(words.slice(i).join(' ')) &&
      lexicon.lookup(words.slice(i).join(' ')).some((c) => c.kind === 'method'),
  );
}

// "Semantic Image Inpainting", "Robust Detection": a title that opens with its task names no method
export function namesTask(lexicon: Lexicon, name: string): boolean {
  const words = name.split(/\s+/);
  if (TASK_HEAD.test(name) || (words.length === 1 && !isCoined(name))) return true;
  // suffixes of two words or more: "Meta Pruning" is no task although "pruning" is
  return words.some(
    (_, i) =>
      (i === 0 || i < words.length - 1) &&
      lexicon.lookup(words.slice(i).join(' ')).some((c) => c.kind !== 'method'),
  );
}
