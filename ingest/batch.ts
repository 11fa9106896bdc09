/** groups items into arrays of `size`; the last may be shorter */
export async function* batch<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let items: T[] = [];
  for await (const item of source) {
    items.push(item);
    if (items.length === size) {
      yield items;
      items = [];
    }
  }
  if (items.length > 0) yield items;
}
