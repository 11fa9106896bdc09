import { KgError } from '../errors.ts';
import { shorten } from './limits.ts';

/** how much text each argument may carry: what it is for, not what the body limit allows */
export interface InputLimits {
  /** an English question for `ask` */
  maxQuestionChars: number;
  /** a concept name, anywhere a name is taken */
  maxNameChars: number;
  /** full-text search words (`searchPapers`, a filter's `text`) */
  maxSearchChars: number;
  /** names in one list of a filter */
  maxFilterNames: number;
  /** paper ids in one list (`liked`, `disliked`) */
  maxIds: number;
  /** one paper id */
  maxIdChars: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxQuestionChars: 500,
  maxNameChars: 200,
  maxSearchChars: 1_000,
  maxFilterNames: 20,
  maxIds: 100,
  maxIdChars: 200,
};

/** `value`, refused with BAD_USER_INPUT when longer than `max` characters; the message quotes at most 100 */
export function boundedText(argument: string, value: string, max: number): string {
  if (value.length > max) {
    throw new KgError(
      'BAD_USER_INPUT',
      `${argument} may hold at most ${max} characters; got "${shorten(value)}".`,
    );
  }
  return value;
}

/** `values`, refused when the list is longer than `maxItems` or an item longer than `maxChars` */
export function boundedList(
  argument: string,
  values: readonly string[] | null | undefined,
  maxItems: number,
  maxChars: number,
): readonly string[] {
  const list = values ?? [];
  if (list.length > maxItems) {
    throw new KgError(
      'BAD_USER_INPUT',
      `${argument} may list at most ${maxItems} items; got ${list.length}.`,
    );
  }
  for (const value of list) boundedText(`Each item of ${argument}`, value, maxChars);
  return list;
}
