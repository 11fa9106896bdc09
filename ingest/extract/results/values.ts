import type { ResultUnit } from '../../types.ts';

/** a number a sentence states, with the unit written beside it */
export interface ValueMention {
  /** the number as written, with its sign, unit, range or "±": "92.3%", "+2.1 points", "3x", "2-5%" */
  text: string;
  /** offsets of `text` in the sentence */
  start: number;
  end: number;
  /** the (first) number: 92.3 for "92.3%", 2 for "2-5%" */
  value: number;
  unit: ResultUnit;
  /** written as a difference: a sign, "points", "absolute" or "relative" */
  signed: boolean;
  /** the unit as written ("%", " points", "x", ""), for the rules that read it */
  written: string;
}

// one number: a sign, thousands with commas ("1,024") or a decimal comma ("88,3"), a decimal point
const NUMBER = String.raw`[+±−-]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:,\d{1,2}(?![\d]))?)(?:\.\d+)?`;
const UNIT = String.raw`\s?(?:%|percent\b|percentage points?\b|pp\b|points?\b|pts\b|(?:x|×|X)(?![\p{L}\p{N}])|times\b|-?fold\b|dB\b)`;
// not inside a word or a name: "ResNet-50", "GPT-3", "WMT14", "top-1", "pass@1", "v2.1", "1/5"
const ONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,@/^'’#])(?<!\p{L}[‐-])(${NUMBER})(${UNIT})?(\s?±\s?\d+(?:\.\d+)?%?)?(\s(?:relative|absolute)\b)?`,
  'gu',
);
// between the two ends of a range: "2-5%", "58–90%", "5% to 20%", "2× to 7×"
// and a lone space, where a PDF's dash was lost: "35 45%"
const RANGE_GAP = /^(?:\s?(?:-|–|—|~|to)\s?| {1,3})$/;
// "from 71.2 to 75.6" states two values; "ranging from 0.97 to 1.0" and "5% to 20%" one range
const FROM_BEFORE = /(?<!rang\w*\s)\bfrom\b[^\d,;]{0,40}$/i;

const unitOf = (unit: string, relative: boolean): ResultUnit => {
  if (relative) return 'relative';
  const u = unit.trim().toLowerCase();
  if (u === '%' || u === 'percent') return 'percent';
  if (/^(?:points?|pts|pp|percentage points?)$/.test(u)) return 'points';
  if (/^(?:x|×|times|-?fold)$/.test(u)) return 'times';
  return 'number';
};

/** the number in `text`: "1,024" → 1024, "88,3" → 88.3, "−2" → -2, "+2.1" → 2.1 */
export function parseNumber(text: string): number {
  const t = text.replace(/^[±+]/, '').replace(/^[−-]/, '-');
  const thousands = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t);
  return Number(thousands ? t.replace(/,/g, '') : t.replace(',', '.'));
}

/** every number in `sentence` with what is written around it; which of them are results is decided later */
export function findValues(sentence: string): ValueMention[] {
  const found: ValueMention[] = [];
  for (const m of sentence.matchAll(ONE)) {
    const [whole, number, written = '', spread, relative] = m;
    // "92.3 ± 0.3%": the spread carries the unit of both
    const unit = written || (spread?.endsWith('%') ? '%' : '');
    // "1B", "3D", "7th", "10k": a number glued to a word is a name or a count, not a value
    if (!unit && /^[\p{L}\p{N}]/u.test(sentence.slice(m.index + whole.length))) continue;
    const text = whole.trimEnd();
    found.push({
      text,
      start: m.index,
      end: m.index + text.length,
      value: parseNumber(number!),
      unit: unitOf(unit, /relative/i.test(relative ?? '')),
      signed: /^[+±−-]/.test(number!) || relative !== undefined || unitOf(unit, false) === 'points',
      written: unit,
    });
  }
  return joinRanges(sentence, found);
}

/** "2-5%" → one value 2 with the unit written after 5; the second end of a range is not a value of its own */
function joinRanges(sentence: string, values: ValueMention[]): ValueMention[] {
  const out: ValueMention[] = [];
  for (const v of values) {
    const prev = out[out.length - 1];
    const gap = prev && sentence.slice(prev.end, v.start);
    const sameUnit = prev && (!prev.written || prev.written.trim() === v.written.trim());
    // "+1.5%-11.1%": the second end's dash was read as its sign
    const dashed = prev !== undefined && gap === '' && /^[-–]/.test(v.text);
    if (
      prev &&
      gap !== undefined &&
      (dashed || (RANGE_GAP.test(gap) && !/^[+±−-]/.test(v.text))) &&
      sameUnit
    ) {
      if (!/to/.test(gap) || !FROM_BEFORE.test(sentence.slice(0, prev.start))) {
        out[out.length - 1] = {
          ...prev,
          text: sentence.slice(prev.start, v.end),
          end: v.end,
          // "4.73% to 7.65% relative": what the second end says holds for the range
          unit: v.unit === 'relative' || !prev.written ? v.unit : prev.unit,
          signed: prev.signed || v.signed,
          written: prev.written || v.written,
        };
        continue;
      }
    }
    out.push(v);
  }
  return out;
}
