import type { ConceptKind, MentionRole } from '../types.ts';
import { isGeneric } from '../lexicon/generic.ts';
import type { AcronymDefinition } from './acronyms.ts';
import type { Sentence } from './sentences.ts';
import { loadLexicon } from '../lexicon/index.ts';
import { isCoined, looksLikeName, wordsOf } from './words.ts';
import type { Word } from './words.ts';
import {
  DATASET_WORD,
  HEADS,
  OPENERS,
  kindAfter,
  leadingName,
  leadingPhrase,
  leadingWords,
  lowerPhrase,
  phraseAliases,
  span,
} from './phrases.ts';

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

const PROPOSE =
  /\b(?:we|this (?:paper|work|article|study|letter|note)|our (?:work|paper))\b(?:\s+(?:\w+ly|also|then|further|first|here|therefore|thus|now|instead)){0,2}\s+(?:propose|introduce|present|develop|design|devise|formulate|describe|put forward|offer|build|construct|create|release|collect|curate|contribute)(?:s|d|ed)?\b/i;
// "we first prove …, then propose X", "we analyze … and introduce X"
const PROPOSE_LATER =
  /\bwe\b[^.;:]{0,160}?\b(?:and|then)\s+(?:then\s+|also\s+|further\s+)?(?:propose|introduce|present|develop|design|devise)(?:s|d|ed)?\b/i;
// "we bridge this gap by introducing X"
const PROPOSE_BY = /\bwe\b[^.;:]{0,120}?\bby (?:introducing|proposing|presenting|developing|designing)\b/i;
// "Our algorithm introduces a recognition model": a part of the proposal, named where it is introduced
const OUR_INTRODUCES =
  /\bour (?:algorithm|method|model|approach|framework|system)\s+(?:also\s+)?introduces\b/i;
// "we introduce the key notion of label non-uniformity": the notion is what is new
const NOTION = /^(?:the|a|an)\s+(?:(?:key|novel|new|simple)\s+)?(?:notion|concept|idea|measure) of\s+/i;
// "we propose to replace the usual features with sketched kernels"
const REPLACE_WITH = /^to replace\b[^.;]*?\bwith\s+(?:(?:the|a|an|our)\s+)?/i;
// "… and to combine them with a novel clustering method"
const LATER_NOVEL = /\b(?:with|and)\s+(?:a|an)\s+(?=(?:novel|new)\s)/gi;
// "we propose 1) feature subspaces flattening and 2) structural principal components"
const ENUMERATION = /(?:^|\s)\(?(?:[1-9]|i{1,3}|iv)\)\s+/g;
const NAMING =
  /\b(?:called|named|dubbed|termed|coined|referred to as|which we call|we call it|we name it|namely)\s+/gi;
/** names given to what the paper proposes: "we propose X", "called X", "X, a new dataset" */
export function findProposals(
  text: string,
  sentences: readonly Sentence[],
  acronyms: readonly AcronymDefinition[],
): Cue[] {
  const cues: Cue[] = [];
  // a part of the proposal ("our algorithm introduces …", "1) … and 2) …") is named but does not name the paper
  let part: RegExpExecArray | null = null;
  for (const sentence of sentences) {
    part = null;
    const verb =
      PROPOSE.exec(sentence.text) ??
      PROPOSE_LATER.exec(sentence.text) ??
      PROPOSE_BY.exec(sentence.text) ??
      (part = OUR_INTRODUCES.exec(sentence.text));
    if (!verb) continue;
    const afterAt = sentence.start + verb.index + verb[0].length;
    const after = wordsOf(text.slice(afterAt, sentence.end), afterAt);
    const found: Cue[] = [];
    const push = (
      words: Word[],
      extractor: string,
      confidence: number,
      aliases: string[] = [],
      dataset = false,
    ) => {
      const name = span(text, words, 0);
      if (isGeneric(name)) return;
      const end = words[words.length - 1]!.end;
      const next = text.slice(end, sentence.end).split(/\s+/).slice(0, 7);
      const kind: ConceptKind =
        dataset ||
        [words[words.length - 1]!.text, ...next].some((w) => DATASET_WORD.test(w.replace(/[^\w]/g, '')))
          ? 'dataset'
          : 'method';
      const clean = kind === 'dataset' ? stripDatasetWord(name) : name;
      // "an open-source benchmark" names no dataset
      if (
        kind === 'dataset' &&
        /^propose-(?:phrase|part)$/.test(extractor) &&
        !clean.split(/\s+/).some(looksLikeName)
      )
        return;
      found.push({
        kind,
        role: 'proposed',
        name: clean,
        aliases,
        start: words[0]!.start,
        end: words[0]!.start + clean.length,
        extractor,
        confidence,
      });
    };
    // "called X" / "dubbed X"
    for (const m of sentence.text.matchAll(NAMING)) {
      const at = sentence.start + m.index + m[0].length;
      const next = wordsOf(text.slice(at, sentence.end), at);
      const name = leadingName(next);
      if (name.length === 0) name.push(...leadingWords(next));
      // "a new dataset named WikiVitals"
      const before = sentence.text
        .slice(Math.max(0, m.index - 40), m.index)
        .split(/\s+/)
        .slice(-4);
      if (name.length > 0)
        push(
          name,
          'naming-cue',
          0.9,
          [],
          before.some((w) => DATASET_WORD.test(w)),
        );
    }
    // "we propose X, a …" / "we present X (…)"
    let lead = 0;
    while (lead < after.length && OPENERS.has(after[lead]!.text.toLowerCase()) && lead < 3) lead++;
    const name = leadingName(after.slice(lead));
    // "we introduce Highway backpropagation, a …": the apposition closes a name that ends in a known method
    const tail = after.slice(lead + name.length, lead + name.length + 3);
    const closing = tail.findIndex((w) => w.text === ',');
    if (
      name.length > 0 &&
      closing > 0 &&
      /^(?:a|an|the|which)$/i.test(after[lead + name.length + closing + 1]?.text ?? '') &&
      loadLexicon()
        .lookup(span(text, tail.slice(0, closing), 0))
        .some((c) => c.kind === 'method')
    )
      name.push(...tail.slice(0, closing));
    if (found.length === 0 && name.length > 0 && !isGeneric(span(text, name, 0)))
      push(name, 'propose-cue', 0.85);
    // "we introduce back-training, an alternative to …": one word set off as a name by an apposition
    const word = after[lead];
    if (
      found.length === 0 &&
      word &&
      /-/.test(word.text) &&
      after[lead + 1]?.text === ',' &&
      /^(?:a|an|the|which)$/i.test(after[lead + 2]?.text ?? '')
    ) {
      push([word], 'propose-cue', 0.7);
    }
    // "an approximate algorithm FastONL", "an enhanced method, FreqBack"
    if (found.length === 0) {
      const i = after.findIndex(
        (w, k) =>
          k < 10 &&
          isCoined(w.text) &&
          HEADS.has((after[k - 1]?.text === ',' ? after[k - 2] : after[k - 1])?.text.toLowerCase() ?? ''),
      );
      const prev = after[i - 1]?.text === ',' ? after[i - 2] : after[i - 1];
      if (i >= 0) push([after[i]!], 'propose-coined', 0.8, [], DATASET_WORD.test(prev?.text ?? ''));
    }
    // an acronym defined after the verb names the proposal: "we propose Path Neural Networks (PathNNs)"
    const named = found.length > 0;
    for (const d of acronyms) {
      if (d.longStart < afterAt || d.shortEnd > sentence.end) continue;
      const overlap = found.findIndex((f) => f.start <= d.longStart && d.longStart < f.end + 2);
      // "we present X, a novel approach for … Detection Systems (NIDSs)": a later definition is what X is for
      if (named && overlap < 0) continue;
      // "we introduce Relational Graph Convolutional Networks (R-GCNs)": right after the verb, even a known name is new
      const head = d.longStart <= (after[lead]?.start ?? afterAt);
      const kind =
        overlap >= 0
          ? found[overlap]!.kind
          : kindAfter(wordsOf(text.slice(d.shortEnd, sentence.end), d.shortEnd));
      // a coined short form ("CustomGNN", "PathNN") is the name the paper uses; an all-capital one abbreviates
      const name = /\p{Ll}/u.test(d.short.replace(/s$/, '')) ? d.short.replace(/(?<=\p{Lu})s$/u, '') : d.long;
      const cue: Cue = {
        kind,
        role: 'proposed',
        name,
        aliases: [d.long, d.short],
        start: d.longStart,
        end: d.longEnd,
        extractor: head ? 'propose-acronym-head' : 'propose-acronym',
        confidence: 0.8,
      };
      if (overlap >= 0) found.splice(overlap, 1, cue);
      else found.push(cue);
    }
    // descriptive proposals in set phrases: "the notion of X", "to replace A with X", "1) X and 2) Y", "with a novel X"
    const rest = text.slice(afterAt, sentence.end);
    const phraseAt = (at: number) => lowerPhrase(wordsOf(text.slice(at, sentence.end), at));
    if (found.length === 0) {
      const slot = NOTION.exec(rest.trimStart()) ?? REPLACE_WITH.exec(rest.trimStart());
      const at = afterAt + (rest.length - rest.trimStart().length) + (slot?.[0].length ?? 0);
      const words = slot ? phraseAt(at) : [];
      if (words.length > 1) push(words, 'propose-part', 0.5, [span(text, words, 0)]);
      // only a list that opens right after the verb: "we propose 1) …", not "… show that: (1) …"
      const listed = found.length === 0 && /^\s*\(?(?:1|i)\)/.test(rest);
      for (const m of listed ? rest.matchAll(ENUMERATION) : []) {
        const item = phraseAt(afterAt + m.index + m[0].length);
        if (item.length > 1) push(item, 'propose-part', 0.5, [span(text, item, 0)]);
      }
    }
    for (const m of rest.matchAll(LATER_NOVEL)) {
      const at = afterAt + m.index + m[0].length;
      const phrase = leadingPhrase(wordsOf(text.slice(at, sentence.end), at));
      if (phrase && !phrase.generic)
        push(phrase.core, 'propose-part', 0.5, phraseAliases(text, phrase.full, phrase.core));
    }
    if (found.length === 0) {
      const phrase = leadingPhrase(after);
      if (phrase) {
        const core = span(text, phrase.core, 0);
        // "a novel approach": no name, but it still says that the paper proposes one (see nameFromTitle)
        if (phrase.generic)
          found.push({
            kind: 'method',
            role: 'proposed',
            name: core,
            aliases: [],
            start: phrase.core[0]!.start,
            end: phrase.core[0]!.end,
            extractor: 'propose-generic',
            confidence: 0.3,
          });
        else
          push(
            phrase.core,
            verb === part ? 'propose-part' : 'propose-phrase',
            0.5,
            phraseAliases(text, phrase.full, phrase.core),
          );
      }
    }
    // "we propose to fill this gap by …": a proposal without a phrase; the title may name it (see nameFromTitle)
    if (found.length === 0 && after.length > 0)
      found.push({
        kind: 'method',
        role: 'proposed',
        name: after[0]!.text,
        aliases: [],
        start: after[0]!.start,
        end: after[0]!.end,
        extractor: 'propose-verb',
        confidence: 0.2,
      });
    cues.push(...found);
  }
  return cues;
}

const stripDatasetWord = (name: string): string =>
  name.replace(/\s+(?:datasets?|benchmarks?|corpus)$/i, '') || name;
