import type { Hit } from './matcher.ts';

// "has attracted increasing attention", "paid little attention to": the idiom, not the attention mechanism
const ATTENTION_IDIOM =
  /\b(?:attract(?:s|ed|ing)?|gain(?:s|ed|ing)?|garner(?:s|ed|ing)?|draw(?:s|n|ing)?|drew|receiv(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|deserv(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|grab(?:s|bed|bing)?|devot(?:e|es|ed|ing)|bring(?:s|ing)?|brought)(?:\s+(?:a|an|the|much|more|less|most|little|some|any|no|special|particular|close|considerable|significant|substantial|increasing|increased|growing|great|greater|wide|widespread|broad|lots\s+of|a\s+lot\s+of|enormous|tremendous|extensive|renewed|careful|research|scholarly|public)){0,3}\s+$/i;

/** a lexicon hit that is an everyday phrase rather than the concept it spells */
export function isIdiom(hit: Hit, text: string): boolean {
  if (hit.surface.toLowerCase() === 'attention')
    return ATTENTION_IDIOM.test(text.slice(Math.max(0, hit.start - 80), hit.start));
  return false;
}
