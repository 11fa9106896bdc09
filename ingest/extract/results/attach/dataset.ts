import type { AttachRule, ConceptSpan } from './types.ts';

const distance = (span: ConceptSpan, at: { start: number; end: number }) =>
  span.start >= at.end ? span.start - at.end : at.start - span.end;

/**
 * The dataset a value is measured on: with "respectively", the dataset in the same place of its list as the
 * value in its own; otherwise the dataset written nearest the value (one after it only with no other value
 * between them); else null.
 */
export const attachDataset: AttachRule = (s, value, values) => {
  const datasets = s.spans.filter((sp) => sp.concept.kind === 'dataset');
  const names = [...new Set(datasets.map((d) => d.concept.name))];
  if (names.length > 1 && /\brespectively\b/i.test(s.text)) {
    const same = values.filter((v) => v.unit === value.unit);
    if (same.length % names.length === 0) return names[same.indexOf(value) % names.length]!;
  }
  // "+4.0% … (including +8.2% on MMLU)": a dataset after another value is that value's
  const between = (d: ConceptSpan) =>
    d.start >= value.end && values.some((v) => v !== value && v.start >= value.end && v.end <= d.start);
  const near = datasets.filter((d) => !between(d)).sort((a, b) => distance(a, value) - distance(b, value))[0];
  if (near) return near.concept.name;
  return null;
};
