import type { AttachRule, ConceptSpan } from './types.ts';

const distance = (span: ConceptSpan, at: { start: number; end: number }) =>
  span.start >= at.end ? span.start - at.end : at.start - span.end;

/**
 * The dataset a value is measured on: with "respectively", the dataset in the same place of its list as the
 * value in its own; otherwise the dataset written nearest the value (one after it only with no value of
 * another metric between them); when the sentence names none, the paper's own dataset if it proposes one (a benchmark's results are on
 * it); else null.
 */
export const attachDataset: AttachRule = (s, at, values) => {
  const { value } = at;
  const datasets = s.spans.filter((sp) => sp.concept.kind === 'dataset');
  const names = [...new Set(datasets.map((d) => d.concept.name))];
  if (names.length > 1 && /\brespectively\b/i.test(s.text)) {
    const same = values.filter((v) => v.metric !== null && v.value.unit === value.unit);
    // "3.9%, 18.5% and 26.0% / 8.5% (top-1 / top-5)": values past the last dataset stay with it
    const i = same.indexOf(at);
    if (i >= 0 && same.length >= names.length) return names[Math.min(i, names.length - 1)]!;
  }
  // "+4.0% … (including +8.2% on MMLU)": a dataset beyond a value of another (or no) metric is that value's
  const between = (d: ConceptSpan) =>
    values.some(
      (v) =>
        d.start >= value.end &&
        v !== at &&
        (v.metric === null || v.metric !== at.metric) &&
        v.value.start >= value.end &&
        v.value.end <= d.start,
    );
  const near = datasets.filter((d) => !between(d)).sort((a, b) => distance(a, value) - distance(b, value))[0];
  if (near) return near.concept.name;
  if (datasets.length > 0) return null;
  return s.proposedDatasets.length === 1 ? s.proposedDatasets[0]!.name : null;
};
