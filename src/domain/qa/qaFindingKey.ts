/** The stored key of a finding: its check, its segment's key and a stable detail, apart by U+241F. */
export function qaFindingKey(check: string, segmentKey: string, detail: string): string {
  return [check, segmentKey, detail].join('\u241f');
}
