/**
 * Numbers for strings (the words of many texts, the tagger's feature names), so that tables of what each one
 * contributes can be arrays. The look-ups are on the hot path, one per word of every abstract: in a CPU profile of
 * extraction, a JS Map of 90,000 scanned words cost several cache misses a look-up (the map's entry, then the stored
 * key string to compare, scattered over the heap). Here the table is open addressing over one typed array, and the
 * strings' characters sit one after another in another: a look-up hashes the string it is given and reads those two
 * arrays. A model of a few thousand features is better served by a Map (logreg.ts), which stays in cache.
 */
export interface StringIds {
  /** the number of `s`, given in order of first sight from 0; a new string gets the next one */
  idOf(s: string): number;
  /** the number of `s`, or −1 when it has none */
  find(s: string): number;
  /** how many strings have a number */
  readonly size: number;
  /** forget every string: numbers start again from 0 */
  clear(): void;
}

// FNV-1a over the UTF-16 code units
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function hashOf(s: string): number {
  let hash = FNV_OFFSET;
  for (let c = 0; c < s.length; c++) hash = Math.imul(hash ^ s.charCodeAt(c), FNV_PRIME);
  return hash;
}

/** a table sized for `expected` strings; it grows past that */
export function stringIds(expected: number): StringIds {
  let capacity = Math.max(1, expected);
  // 0 is an empty slot, otherwise a string's number + 1; at most half the slots are taken, so probes stay short
  let slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * capacity)));
  // string n's characters are chars[starts[n]] … chars[starts[n + 1] − 1]
  let starts = new Int32Array(capacity + 1);
  let chars = new Uint16Array(16 * capacity);
  let size = 0;
  const same = (id: number, s: string): boolean => {
    const from = starts[id]!;
    if (starts[id + 1]! - from !== s.length) return false;
    for (let c = 0; c < s.length; c++) if (chars[from + c] !== s.charCodeAt(c)) return false;
    return true;
  };
  /** the slot that holds `s`, or the empty slot where it would go */
  const slotOf = (s: string): number => {
    const mask = slots.length - 1;
    let slot = hashOf(s) & mask;
    for (let taken = slots[slot]!; taken !== 0 && !same(taken - 1, s); taken = slots[slot]!)
      slot = (slot + 1) & mask;
    return slot;
  };
  const grow = () => {
    capacity *= 2;
    const grownStarts = new Int32Array(capacity + 1);
    grownStarts.set(starts);
    starts = grownStarts;
    slots = new Int32Array(2 * slots.length);
    const mask = slots.length - 1;
    // the strings are distinct: each takes the first free slot from its hash
    for (let id = 0; id < size; id++) {
      let hash = FNV_OFFSET;
      for (let c = starts[id]!; c < starts[id + 1]!; c++) hash = Math.imul(hash ^ chars[c]!, FNV_PRIME);
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
  };
  const ids: StringIds = {
    idOf(s) {
      const slot = slotOf(s);
      if (slots[slot] !== 0) return slots[slot]! - 1;
      if (size === capacity) {
        grow();
        return ids.idOf(s);
      }
      const from = starts[size]!;
      if (from + s.length > chars.length) {
        const grown = new Uint16Array(2 * (from + s.length));
        grown.set(chars);
        chars = grown;
      }
      for (let c = 0; c < s.length; c++) chars[from + c] = s.charCodeAt(c);
      starts[size + 1] = from + s.length;
      slots[slot] = ++size;
      return size - 1;
    },
    find: (s) => slots[slotOf(s)]! - 1,
    get size() {
      return size;
    },
    clear() {
      slots.fill(0);
      size = 0;
    },
  };
  return ids;
}
