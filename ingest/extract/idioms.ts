import type { Hit } from './matcher.ts';

// "has attracted increasing attention", "paid little attention to": the idiom, not the attention mechanism
const ATTENTION_IDIOM =
  /\b(?:attract(?:s|ed|ing)?|gain(?:s|ed|ing)?|garner(?:s|ed|ing)?|draw(?:s|n|ing)?|drew|receiv(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|deserv(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|grab(?:s|bed|bing)?|devot(?:e|es|ed|ing)|bring(?:s|ing)?|brought)(?:\s+(?:a|an|the|much|more|less|most|little|some|any|no|special|particular|close|considerable|significant|substantial|increasing|increased|growing|great|greater|wide|widespread|broad|lots\s+of|a\s+lot\s+of|enormous|tremendous|extensive|renewed|careful|research|scholarly|public)){0,3}\s+$/i;

// "practical recommendations", "recommendations for further reading": advice, not the recommendation task
const ADVICE_BEFORE = /\b(?:practical|actionable|policy|design|concrete|our|several|general|key)\s+$/i;
const ADVICE_AFTER =
  /^\s+(?:for\s+(?:further|future|practitioners|researchers|designers|policymakers|how)|on\s+how)\b/i;

// "distill X into a student", "distills from the teacher model": the verb names knowledge distillation only when
// a model receives or gives what is distilled ("distill key insights", "distill an abstract from web sources")
const MODEL_NOUN = String.raw`(?:models?|networks?|nets?|students?|classifiers?|trees?|generators?|explainers?|encoders?|decoders?|transformers?|policy|policies|LMs?|LLMs?|BERT)\b`;
const DISTILLED_INTO_A_MODEL = new RegExp(
  String.raw`^[^.;]{0,100}?\b(?:students?|teachers?|(?:into|from|smaller|compact|lightweight),?\s+(?:[\w-]+,?\s+){0,4}?${MODEL_NOUN})`,
  'i',
);

// "teacher-student dialogue": people in a classroom, not a distillation setup
const CLASSROOM =
  /^\s+(?:dialog(?:ue)?s?|interactions?|relationships?|conversations?|classrooms?|communication|ratios?)\b/i;

/** a lexicon hit that is an everyday phrase rather than the concept it spells */
export function isIdiom(hit: Hit, text: string): boolean {
  const low = hit.surface.toLowerCase();
  const before = text.slice(Math.max(0, hit.start - 80), hit.start);
  if (low === 'attention') return ATTENTION_IDIOM.test(before);
  if (low === 'recommendations')
    return ADVICE_BEFORE.test(before) || ADVICE_AFTER.test(text.slice(hit.end, hit.end + 40));
  if (/^distill(?:s|ed|ing)?$/.test(low))
    return !DISTILLED_INTO_A_MODEL.test(text.slice(hit.end, hit.end + 140));
  if (low === 'teacher-student') return CLASSROOM.test(text.slice(hit.end, hit.end + 40));
  return false;
}
