/** Code-point order of strings, independent of locale: what keeps generated output deterministic. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Map or object entries sorted by key. */
export function sortedByKey<T>(entries: Iterable<[string, T]>): [string, T][] {
  return [...entries].sort(([a], [b]) => compareText(a, b));
}
