import type { Lexicon, LexiconConcept } from '../lexicon/index.ts';
import type { Hit } from './matcher.ts';
import type { Token } from './tokens.ts';
import { isStopWord } from './words.ts';

/** a known task written with its verb before its object: "generating text" is text generation */
export interface InvertedTask {
  concept: LexiconConcept;
  start: number;
  end: number;
  surface: string;
}

// the verb forms a task's head noun is made from: "classifying"/"classification of" → "… classification"
const NOMINAL: Readonly<Record<string, string>> = {
  answer: 'answering',
  caption: 'captioning',
  classify: 'classification',
  cluster: 'clustering',
  complete: 'completion',
  detect: 'detection',
  estimate: 'estimation',
  extract: 'extraction',
  forecast: 'forecasting',
  generate: 'generation',
  identify: 'identification',
  impute: 'imputation',
  localize: 'localization',
  localise: 'localization',
  parse: 'parsing',
  predict: 'prediction',
  rank: 'ranking',
  recognize: 'recognition',
  recognise: 'recognition',
  recommend: 'recommendation',
  reconstruct: 'reconstruction',
  retrieve: 'retrieval',
  segment: 'segmentation',
  summarize: 'summarization',
  summarise: 'summarization',
  synthesize: 'synthesis',
  synthesise: 'synthesis',
  track: 'tracking',
  translate: 'translation',
};
const GERUNDS = new Map<string, string>();
for (const [verb, noun] of Object.entries(NOMINAL)) {
  GERUNDS.set(`${verb.replace(/e$/, '')}ing`, noun);
}
// nominal heads that take "of" before their object
const OF_HEADS = new Set(Object.values(NOMINAL));
const MAX_OBJECT = 3;
// "generating data", "selecting models": objects too vague to name a task by
const VAGUE_OBJECT = new Set([
  'data',
  'model',
  'feature',
  'information',
  'result',
  'sample',
  'output',
  'input',
  'value',
  'solution',
  'parameter',
]);

/** known tasks written as "generating text", "classifying images" or "detection of anomalies" */
export function findInvertedTasks(lexicon: Lexicon, tokens: readonly Token[], text: string): InvertedTask[] {
  const found: InvertedTask[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const low = tokens[i]!.low;
    // "few-shot learners", "lifelong learners": the learners of a known kind of learning
    if ((low === 'learner' || low === 'learners') && i > 0) {
      const learning = learningBefore(lexicon, tokens, text, i);
      if (learning) found.push(learning);
      continue;
    }
    // "to classify images", "to automatically extract metadata"
    const after =
      tokens[i - 1]?.low === 'to' ||
      (tokens[i - 1]?.low.endsWith('ly') === true && tokens[i - 2]?.low === 'to');
    // the cheap tests first: this runs for every word of every abstract
    let noun = (low.endsWith('ing') ? GERUNDS.get(low) : undefined) ?? (after ? NOMINAL[low] : undefined);
    let first = i + 1;
    if (!noun && tokens[i + 1]?.low === 'of' && OF_HEADS.has(low)) {
      noun = low;
      first = i + 2;
    }
    if (!noun) continue;
    const the = tokens[first]?.low === 'the';
    if (the) first++;
    const object = objectAt(tokens, text, first);
    // "we answer the question (of) whether …" is no question answering; "answering visual questions" is
    if (noun === 'answering' && (the || !/s$/.test(object?.[object.length - 1]?.low ?? ''))) continue;
    const concept = object && knownTask(lexicon, object, noun);
    if (!concept) continue;
    const end = object![object!.length - 1]!.end;
    found.push({
      concept,
      start: tokens[i]!.start,
      end,
      surface: text.slice(tokens[i]!.start, end),
    });
  }
  return found;
}

// "three types", "all relations": a count is no part of a task's name
const QUANTITY =
  /^(?:\d+|one|two|three|four|five|six|several|multiple|many|all|each|every|some|various|different|both)$/;

// the noun phrase a verb takes, ending where the phrase ends: "generating Image Descriptions", not "generating Image"
function objectAt(tokens: readonly Token[], text: string, first: number): Token[] | undefined {
  const object: Token[] = [];
  for (let j = first; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!/^(?:\s|-)$/.test(text.slice(tokens[j - 1]!.end, t.start)) || isStopWord(t.low)) break;
    if (QUANTITY.test(t.low) || object.length === MAX_OBJECT) return undefined;
    object.push(t);
  }
  return object.length > 0 ? object : undefined;
}

// the whole object first, then without its leading modifiers: "medical images" before "images"
function knownTask(lexicon: Lexicon, object: readonly Token[], noun: string): LexiconConcept | undefined {
  for (let from = 0; from < object.length; from++) {
    const part = object
      .slice(from)
      .map((w) => w.key)
      .join(' ');
    if (VAGUE_OBJECT.has(part)) continue;
    const task = lexicon.lookup(`${part} ${noun}`).find((c) => c.kind === 'task');
    if (task) return task;
  }
  return undefined;
}

// up to two words before "learners" that make a known task with "learning"
function learningBefore(
  lexicon: Lexicon,
  tokens: readonly Token[],
  text: string,
  at: number,
): InvertedTask | undefined {
  for (let from = Math.max(0, at - 2); from < at; from++) {
    const words = tokens.slice(from, at + 1);
    if (words.some((w, k) => k > 0 && !/^(?:\s|-)$/.test(text.slice(words[k - 1]!.end, w.start)))) continue;
    const name = `${words
      .slice(0, -1)
      .map((w) => w.low)
      .join(' ')} learning`;
    const concept = lexicon.lookup(name).find((c) => c.kind === 'task');
    if (concept)
      return {
        concept,
        start: words[0]!.start,
        end: tokens[at]!.end,
        surface: text.slice(words[0]!.start, tokens[at]!.end),
      };
  }
  return undefined;
}

/** "representation learning of graphs": a known task whose object follows it makes a more specific known task */
export function findTasksOf(
  lexicon: Lexicon,
  tokens: readonly Token[],
  text: string,
  hits: readonly Hit[],
): InvertedTask[] {
  const found: InvertedTask[] = [];
  for (const h of hits) {
    if (h.concept.kind !== 'task' || tokens[h.last + 1]?.low !== 'of') continue;
    const first = tokens[h.last + 2]?.low === 'the' ? h.last + 3 : h.last + 2;
    const object = tokens[first] && objectAt(tokens, text, first);
    const concept = object && knownTask(lexicon, object, h.surface.toLowerCase());
    if (!concept || concept === h.concept) continue;
    const end = object[object.length - 1]!.end;
    found.push({ concept, start: h.start, end, surface: text.slice(h.start, end) });
  }
  return found;
}
