import type { AttachRule } from './types.ts';

// "97.2% F1 on slot filling": a task right after the value's metric, introduced by a preposition
const INTRODUCED = /^(?:[^,;()%\d]|(?<=[\p{L}-])\d){0,30}\b(?:on|in|for)\s+(?:the\s+)?$/iu;

/**
 * The task a value is measured on: one introduced right after it ("… on slot filling"); else the nearest one
 * before it with no other value between; else null.
 */
export const attachTask: AttachRule = (s, { value }, values) => {
  const tasks = s.spans.filter((sp) => sp.concept.kind === 'task');
  const after = tasks.find((t) => t.start >= value.end && INTRODUCED.test(s.text.slice(value.end, t.start)));
  if (after) return after.concept.name;
  const before = tasks
    .filter((t) => t.end <= value.start)
    .filter(
      (t) => !values.some((v) => v.value.start >= t.end && v.value.end <= value.start && v.value !== value),
    );
  return before[before.length - 1]?.concept.name ?? null;
};
