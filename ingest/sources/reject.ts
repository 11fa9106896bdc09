import type { SourceItem } from '../types.ts';
import { normaliseSpace } from './normalise-space.ts';

// enough of the offending text to recognise it in the rejects file
const EXCERPT_CHARS = 200;

/** a reject at file:line with its reason and, when given, the start of the offending text */
export function reject(file: string, line: number, reason: string, text?: string): SourceItem {
  const rejected = { from: { file, line }, reason };
  if (text === undefined) return { ok: false, rejected };
  const excerpt = normaliseSpace(text.slice(0, EXCERPT_CHARS * 2)).slice(0, EXCERPT_CHARS);
  return { ok: false, rejected: { ...rejected, excerpt } };
}
