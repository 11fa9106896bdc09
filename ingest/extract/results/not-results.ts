import type { ValueMention } from './values.ts';

/** a reason a number in a sentence is not a result, whatever metric is near it */
export interface NotAResult {
  name: string;
  test: (sentence: string, value: ValueMention) => boolean;
}

const before = (sentence: string, v: ValueMention, chars = 24) =>
  sentence.slice(Math.max(0, v.start - chars), v.start);
const after = (sentence: string, v: ValueMention, chars = 40) => sentence.slice(v.end, v.end + chars);
const bare = (v: ValueMention) => v.unit === 'number' && !/±/.test(v.text);

// what a bare number counts when these follow it: "20k sentences", "8 layers", "30 downstream tasks"
const COUNTED =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:sentences?|words?|tokens?|images?|videos?|samples?|examples?|instances?|documents?|pairs?|questions?|dialogues?|utterances?|hours?|minutes?|seconds?|days?|years?|languages?|tasks?|datasets?|benchmarks?|domains?|classes|categories|layers?|heads?|parameters?|params|weights|neurons?|units?|GPUs?|TPUs?|nodes?|edges?|graphs?|users?|participants?|annotators?|models?|LLMs?|methods?|baselines?|agents?|steps?|epochs?|iterations?|rounds?|runs?|trials?|shots?|demonstrations?|queries|calls?|dimensions?|features?|bits?|million|billion|thousand|times|articles|papers|entities|relations|triples|labels|points?\s+of|subjects?|speakers?|persons?|individuals?|frames?|clips?|scenes?|objects?|characters?|pages?|people|patients?|species|cities|countries|environments?|games?|levels?|types?|kinds?)\b/iu;

/** the rules, in no particular order: any one of them rejects the number */
export const NOT_RESULTS: readonly NotAResult[] = [
  // "in 2019", "since 1998"
  {
    name: 'year',
    test: (_, v) => bare(v) && Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2099,
  },
  // "Section 3", "Table 2", "Fig. 4", "Eq. (5)", "Theorem 1", "[12]", "Task 3", "v2"
  {
    name: 'reference',
    test: (s, v) =>
      /(?:\b(?:sections?|sec\.|tables?|fig\.|figures?|figs\.|eqs?\.|equations?|appendix|chapters?|theorems?|lemmas?|corollary|algorithms?|steps?|stages?|phases?|tasks?|subtasks?|parts?|rounds?|levels?|versions?|track)\s*\(?|\[[\d,\s–-]*)$/i.test(
        before(s, v),
      ),
  },
  // "5-shot", "3-layer", "2-hop", "10-fold cross-validation", "8-bit"
  {
    name: 'modifier',
    test: (s, v) => /^[‐-]\p{L}/u.test(after(s, v)) || /^\s*cross[\s‐-]?validation/i.test(after(s, v)),
  },
  // "20 sentences", "7B parameters", "30 downstream tasks": a bare number before what it counts
  {
    name: 'count',
    test: (s, v) =>
      (bare(v) || v.unit === 'times') &&
      COUNTED.test(after(s, v)) &&
      !/\b(?:fewer|less|more|smaller|larger)\b/i.test(after(s, v, 12)),
  },
  // "DALL-E 3", "GPT 4", "YOLO 9000": a whole number after a name in capitals is part of it
  {
    name: 'name',
    test: (s, v) =>
      bare(v) &&
      Number.isInteger(v.value) &&
      /(?:^|\s)(?=[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*\p{Lu})[\p{L}\p{N}-]+\s$/u.test(before(s, v)),
  },
  // "1/5th", "1/\sqrt T": the numerator of a fraction
  { name: 'fraction', test: (s, v) => /^\//.test(after(s, v)) },
  // "(2) the execution time": an item of an enumeration
  { name: 'enumeration', test: (s, v) => bare(v) && /\($/.test(before(s, v)) && /^\)/.test(after(s, v)) },
  // "108 FPS", "23.1 ms", "16 GB": a measure in a unit no metric is written in
  {
    name: 'measure',
    test: (s, v) =>
      bare(v) &&
      /^\s?(?:fps|ms|milliseconds?|s|sec|seconds?|minutes?|hours?|days?|[kmgt]b|bytes?|flops|[kmgt]hz|watts?|w|mb\/s)\b/i.test(
        after(s, v),
      ),
  },
  // "top 10", "k = 5", "a beam size of 5": ranks and settings
  {
    name: 'setting',
    test: (s, v) =>
      bare(v) &&
      /(?:\b(?:top|rank(?:ed)?|k|n|first|last|size|batch|beam|window|length|budget)(?:\s+of)?\s*[=:]?\s*)$/i.test(
        before(s, v, 16),
      ),
  },
];

/** the name of the first rule that rejects `value`, or undefined when none does */
export function notAResult(sentence: string, value: ValueMention): string | undefined {
  return NOT_RESULTS.find((r) => r.test(sentence, value))?.name;
}
