import { makeItem } from './items.ts';
import type { Field, Item } from './items.ts';
import { wordsOf } from './tokens.ts';
import type { Word } from './tokens.ts';
import { isStopWord, looksLikeName } from './words.ts';

/**
 * Names in one coordinated list are things of one kind: in "Flying Chairs, MPI-Sintel and KITTI", "Qwen, Llama and
 * Mistral" or "voting, ranking and data association", a list with a member another finder knows names more of that
 * kind. Each unknown member becomes a candidate of the known members' kind, a guess for the model to judge (kept at
 * its guess threshold, and no end of a relation). Lists of capitalised names and lists of lower-case phrases are
 * found apart, under two extractor names, since the model trusts them differently.
 */

/** the longest name a list member may be, in words */
const MAX_MEMBER_WORDS = 4;
const JOINS = new Set([',', 'and', 'or']);
const JOIN_AFTER = /^\s*(?:,|and\b|or\b)/i;
const JOIN_BEFORE = /(?:,|\band|\bor)\s*$/i;

/** whether a join (comma, "and", "or") is written right before or after an item */
const joinedAt = (text: string, i: Item) =>
  JOIN_AFTER.test(text.slice(i.end, i.end + 5)) ||
  JOIN_BEFORE.test(text.slice(Math.max(0, i.start - 5), i.start));

// a module constant: esbuild (tsx) turns a \p{…} literal inside a function into a new RegExp at every call
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{N}-]*$/u;
const isLowerContent = (w: string) => LOWER_WORD.test(w) && !isStopWord(w);

interface Member {
  start: number;
  end: number;
}

/** the coordinated lists in a sentence's words whose members are runs of `inName` words: two members or more */
function coordinatedLists(words: readonly Word[], inName: (w: string) => boolean): Member[][] {
  const lists: Member[][] = [];
  let list: Member[] = [];
  let run: Word[] = [];
  let joined = false;
  const closeRun = () => {
    if (run.length > 0 && run.length <= MAX_MEMBER_WORDS && (list.length === 0 || joined))
      list.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
    else if (run.length > 0) {
      // a run too long, or two runs with no join between them: what came before is no part of this list
      closeList();
      if (run.length <= MAX_MEMBER_WORDS) list.push({ start: run[0]!.start, end: run[run.length - 1]!.end });
    }
    run = [];
    joined = false;
  };
  const closeList = () => {
    if (list.length >= 2) lists.push(list);
    list = [];
  };
  for (const w of words) {
    if (inName(w.text) || (run.length > 0 && /^\d/.test(w.text))) {
      if (run.length === 0 && list.length > 0 && !joined) closeList();
      run.push(w);
    } else if (JOINS.has(w.text.toLowerCase()) && (run.length > 0 || joined)) {
      if (run.length > 0) closeRun();
      joined = true;
    } else {
      if (run.length > 0) closeRun();
      closeList();
      joined = false;
    }
  }
  if (run.length > 0) closeRun();
  closeList();
  return lists;
}

/** the unknown members of lists that hold a member `items` name, as items of that member's kind */
export function findListMembers(field: Field, items: readonly Item[]): Item[] {
  const found: Item[] = [];
  for (const s of field.sentences) {
    // a list with a known member has a join next to it: other sentences are not scanned
    if (!items.some((i) => s.start <= i.start && i.end <= s.end && joinedAt(field.text, i))) continue;
    const words = wordsOf(s.text, s.start);
    for (const [list, extractor] of [
      ...coordinatedLists(words, looksLikeName).map((l) => [l, 'list-member'] as const),
      ...coordinatedLists(words, isLowerContent).map((l) => [l, 'list-member-lower'] as const),
    ]) {
      const known = list.map((m) => items.find((i) => i.start === m.start && i.end === m.end));
      const kinds = new Set(known.filter((i) => i !== undefined).map((i) => i.kind));
      if (kinds.size !== 1) continue;
      const [kind] = kinds;
      list.forEach((m, k) => {
        if (known[k] || items.some((i) => i.start < m.end && m.start < i.end)) return;
        const name = field.text.slice(m.start, m.end);
        found.push(
          makeItem({
            kind: kind!,
            name,
            field: field.field,
            start: m.start,
            end: m.end,
            extractor,
            confidence: 0.45,
          }),
        );
      });
    }
  }
  return found;
}
