/** The item at an index, for tests; throws instead of returning undefined. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No item at index ${index} of ${items.length}.`);
  return item;
}
