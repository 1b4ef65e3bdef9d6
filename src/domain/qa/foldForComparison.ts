/** A text as consistency checks compare it: trimmed, spaces collapsed, case and width folded. */
export function foldForComparison(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
