import type { AttachRule, ConceptSpan } from './types.ts';

const distance = (span: ConceptSpan, at: { start: number; end: number }) =>
  span.start >= at.end ? span.start - at.end : at.start - span.end;

/**
 * The dataset a value is measured on: with "respectively", the dataset in the same place of its list as the
 * value in its own; otherwise the dataset written nearest the value in the sentence (null when none is).
 */
export const attachDataset: AttachRule = (s, value, values) => {
  const datasets = s.spans.filter((sp) => sp.concept.kind === 'dataset');
  const names = [...new Set(datasets.map((d) => d.concept.name))];
  if (names.length === 0) return null;
  if (names.length > 1 && /\brespectively\b/i.test(s.text)) {
    const same = values.filter((v) => v.unit === value.unit);
    const i = same.indexOf(value) % names.length;
    if (same.length % names.length === 0) return names[i]!;
  }
  return [...datasets].sort((a, b) => distance(a, value) - distance(b, value))[0]!.concept.name;
};
