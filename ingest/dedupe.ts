import { createHash } from 'node:crypto';
import { paperId } from '../src/graph/names.ts';
import { contentHash } from './rows.ts';
import type { PaperRecord, RejectedRecord } from './types.ts';

/** what becomes of a record whose id came earlier in the same run */
export interface DedupeHandlers {
  /** the same paper again (same id and content, e.g. a file named twice): nothing new to write */
  onRepeat: (record: PaperRecord) => void;
  /** a different paper under an id already taken: set aside, the first one is kept */
  onConflict: (rejected: RejectedRecord) => void;
}

/** 64 bits of a hex digest as two unsigned 32-bit halves */
const halves = (hex: string): [number, number] => [
  parseInt(hex.slice(0, 8), 16),
  parseInt(hex.slice(8, 16), 16),
];

/**
 * The ids a run has read and where each came first, in typed arrays: per id 64 bits of its hash, 64 bits of its
 * content's hash, its file number and line; 24 bytes a slot, at most half the slots used. A map of strings took
 * about 330 bytes a paper, the largest part of a million-paper bulk load's live memory. Two ids agree on 64 bits
 * of their hash once in 10^19 pairs: about once in 3·10^7 runs of 10^6 papers.
 */
class SeenIds {
  private slots = 1 << 12;
  private used = 0;
  // [id hash high, id hash low] per slot; 0, 0 marks a free slot
  private ids = new Uint32Array(2 * this.slots);
  private contents = new Uint32Array(2 * this.slots);
  private places = new Uint32Array(2 * this.slots);

  /** the slot of `id`: where it is, or the free slot where it goes */
  private slotOf(high: number, low: number): number {
    let slot = low & (this.slots - 1);
    while (this.ids[2 * slot] !== 0 || this.ids[2 * slot + 1] !== 0) {
      if (this.ids[2 * slot] === high && this.ids[2 * slot + 1] === low) return slot;
      slot = (slot + 1) & (this.slots - 1);
    }
    return slot;
  }

  /** the first content hash and place of `id`, or undefined when it is new (and now taken) */
  firstOrAdd(
    id: string,
    content: string,
    file: number,
    line: number,
  ): { content: [number, number]; file: number; line: number } | undefined {
    let [high, low] = halves(createHash('sha256').update(id).digest('hex'));
    if (high === 0 && low === 0) low = 1;
    const slot = this.slotOf(high, low);
    if (this.ids[2 * slot] !== 0 || this.ids[2 * slot + 1] !== 0)
      return {
        content: [this.contents[2 * slot]!, this.contents[2 * slot + 1]!],
        file: this.places[2 * slot]!,
        line: this.places[2 * slot + 1]!,
      };
    this.ids.set([high, low], 2 * slot);
    this.contents.set(halves(content), 2 * slot);
    this.places.set([file, line], 2 * slot);
    if (++this.used * 2 > this.slots) this.grow();
    return undefined;
  }

  private grow(): void {
    const [ids, contents, places, slots] = [this.ids, this.contents, this.places, this.slots];
    this.slots *= 2;
    this.ids = new Uint32Array(2 * this.slots);
    this.contents = new Uint32Array(2 * this.slots);
    this.places = new Uint32Array(2 * this.slots);
    for (let old = 0; old < slots; old++) {
      const [high, low] = [ids[2 * old]!, ids[2 * old + 1]!];
      if (high === 0 && low === 0) continue;
      const slot = this.slotOf(high, low);
      this.ids.set([high, low], 2 * slot);
      this.contents.set([contents[2 * old]!, contents[2 * old + 1]!], 2 * slot);
      this.places.set([places[2 * old]!, places[2 * old + 1]!], 2 * slot);
    }
  }
}

/**
 * the records whose id is new in this run. The first one wins, run after run; a later one with the same id is
 * a repeat when its content (title, abstract, year, venue, url) is the same, and a conflict, with the
 * first one's file:line, when it is not.
 */
export async function* dedupe(
  records: AsyncIterable<PaperRecord>,
  handlers: DedupeHandlers,
): AsyncGenerator<PaperRecord> {
  const seen = new SeenIds();
  const files: string[] = [];
  const fileNumbers = new Map<string, number>();
  for await (const record of records) {
    const id = paperId(record);
    const hash = contentHash(record);
    let file = fileNumbers.get(record.from.file);
    if (file === undefined) fileNumbers.set(record.from.file, (file = files.push(record.from.file) - 1));
    const first = seen.firstOrAdd(id, hash, file, record.from.line);
    if (first === undefined) {
      yield record;
    } else if (first.content.join() === halves(hash).join()) {
      handlers.onRepeat(record);
    } else {
      // without an id of its own, a record's id is its title's hash: two abstracts under one title
      const what = record.id === undefined ? `duplicate title (id ${id})` : `duplicate id "${id}"`;
      handlers.onConflict({
        from: record.from,
        reason: `${what}: ${files[first.file]}:${first.line} has it with different content, and is kept`,
        excerpt: record.title,
      });
    }
  }
}
