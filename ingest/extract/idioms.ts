import type { Hit } from './matcher.ts';

// "has attracted increasing attention", "paid little attention to": the idiom, not the attention mechanism
const ATTENTION_IDIOM =
  /\b(?:attract(?:s|ed|ing)?|gain(?:s|ed|ing)?|garner(?:s|ed|ing)?|draw(?:s|n|ing)?|drew|receiv(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|deserv(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|grab(?:s|bed|bing)?|devot(?:e|es|ed|ing)|bring(?:s|ing)?|brought)(?:\s+(?:a|an|the|much|more|less|most|little|some|any|no|special|particular|close|considerable|significant|substantial|increasing|increased|growing|great|greater|wide|widespread|broad|lots\s+of|a\s+lot\s+of|enormous|tremendous|extensive|renewed|careful|research|scholarly|public)){0,3}\s+$/i;

// "practical recommendations", "recommendations for further reading": advice, not the recommendation task
const ADVICE_BEFORE = /\b(?:practical|actionable|policy|design|concrete|our|several|general|key)\s+$/i;
const ADVICE_AFTER =
  /^\s+(?:for\s+(?:further|future|practitioners|researchers|designers|policymakers|how)|on\s+how)\b/i;

/** a lexicon hit that is an everyday phrase rather than the concept it spells */
export function isIdiom(hit: Hit, text: string): boolean {
  const low = hit.surface.toLowerCase();
  const before = text.slice(Math.max(0, hit.start - 80), hit.start);
  if (low === 'attention') return ATTENTION_IDIOM.test(before);
  if (low === 'recommendations')
    return ADVICE_BEFORE.test(before) || ADVICE_AFTER.test(text.slice(hit.end, hit.end + 40));
  return false;
}
