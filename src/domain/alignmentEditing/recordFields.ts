/** The fields of a plain object read from storage, or undefined when it is not one. */
export function recordFields(value: unknown): ReadonlyMap<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? new Map(Object.entries(value))
    : undefined;
}
