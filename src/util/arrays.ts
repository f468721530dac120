// Appending and folding arrays of any length. `out.push(...items)` and `Math.max(...items)` pass
// every element as a call argument, which overflows the stack past about 100,000 elements (a
// 7 MB page has more lines than that); these loop instead. Nothing else lives here.

/** Append every item to `target` (in place); returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest number, or `empty` for none. */
export function maxOf(items: Iterable<number>, empty = -Infinity): number {
  let m: number | null = null;
  for (const x of items) if (m === null || x > m) m = x;
  return m ?? empty;
}

/** The smallest number, or `empty` for none. */
export function minOf(items: Iterable<number>, empty = Infinity): number {
  let m: number | null = null;
  for (const x of items) if (m === null || x < m) m = x;
  return m ?? empty;
}

/** Insert every item into `target` at index `at` (in place), as `splice(at, 0, ...items)` would. */
export function insertAll<T>(target: T[], at: number, items: Iterable<T>): T[] {
  const tail = target.splice(at);
  pushAll(target, items);
  return pushAll(target, tail);
}
