import type { AttachRule } from './types.ts';

/** the task a value is measured on: the task written nearest the value in the sentence, or null */
export const attachTask: AttachRule = (s, { value }) => {
  const tasks = s.spans.filter((sp) => sp.concept.kind === 'task');
  const d = (sp: { start: number; end: number }) =>
    sp.start >= value.end ? sp.start - value.end : value.start - sp.end;
  return [...tasks].sort((a, b) => d(a) - d(b))[0]?.concept.name ?? null;
};
