/**
 * `work` started on each item up to `depth` items ahead of the consumer, the results yielded in input order: the
 * threads doing the work stay busy while the consumer writes, and memory stays bounded (the reader waits)
 */
export async function* ahead<T, R>(
  items: AsyncIterable<T>,
  depth: number,
  work: (item: T) => Promise<R>,
): AsyncGenerator<{ item: T; result: R }> {
  const pending: { item: T; result: Promise<R> }[] = [];
  const next = async () => {
    const { item, result } = pending.shift()!;
    return { item, result: await result };
  };
  for await (const item of items) {
    const result = work(item);
    result.catch(() => {}); // observed when its turn comes; this only keeps Node from calling it unhandled
    pending.push({ item, result });
    if (pending.length >= depth) yield await next();
  }
  while (pending.length > 0) yield await next();
}
