/** "Direct Feedback Alignment (DFA)": a long form defined with its short form */
export interface AcronymDefinition {
  long: string;
  short: string;
  longStart: number;
  longEnd: number;
  shortStart: number;
  shortEnd: number;
}

// "(DFA)", "(GNNs)", "(R-GCN)", "(PathNN)", "(MaDL)", "(CustomGNN for short)": two capitals, or a capital and a digit
const SHORT = /\(\s*([A-Za-z][A-Za-z0-9-]{1,11})(?:,? for short)?\s*[);]/g;
const MAX_EXTRA_WORDS = 5;

/** acronym definitions in `text`, found by the Schwartz–Hearst rule */
export function findAcronyms(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(SHORT)) {
    const short = m[1]!;
    if (!/[A-Z].*[A-Z0-9]|[0-9].*[A-Z]/.test(short.replace(/s$/, '')) || /^[A-Z][a-z]+$/.test(short))
      continue;
    const before = text.slice(Math.max(0, m.index - 160), m.index).replace(/\s+$/, '');
    const clause = before.split(/[.;:()[\]]|,\s|\bwhich\b|\bthat\b/).pop() ?? '';
    const words = clause.trim().split(/\s+/).filter(Boolean);
    const letters = short.replace(/s$/, '').replace(/[^A-Za-z0-9]/g, '');
    const window = words.slice(-Math.min(letters.length + MAX_EXTRA_WORDS, letters.length * 2)).join(' ');
    const long = bestLongForm(letters, window);
    if (!long || long.length <= short.length || long.split(' ').length > letters.length + MAX_EXTRA_WORDS)
      continue;
    // one word spells an acronym only by its capitals ("PointNet (PN)"), not by letters inside ("Transformer (TF)")
    if (!/[\s-]/.test(long) && (long.match(/\p{Lu}/gu)?.length ?? 0) < letters.replace(/\d/g, '').length)
      continue;
    const longEnd = m.index - (text.slice(0, m.index).length - text.slice(0, m.index).trimEnd().length);
    const shortStart = m.index + m[0].indexOf(short);
    found.push({
      long,
      short,
      longStart: longEnd - long.length,
      longEnd,
      shortStart,
      shortEnd: shortStart + short.length,
    });
  }
  return found.filter((d) => text.slice(d.longStart, d.longEnd) === d.long);
}

// Schwartz & Hearst (2003): each letter of the short form, right to left, occurs in the long form in order,
// and the first one starts a word
function bestLongForm(short: string, candidate: string): string | undefined {
  let s = short.length - 1;
  let l = candidate.length - 1;
  for (; s >= 0; s--) {
    const c = short[s]!.toLowerCase();
    while (
      l >= 0 &&
      (candidate[l]!.toLowerCase() !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(candidate[l - 1]!)))
    )
      l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  return candidate.slice(start);
}
