import type { QaFindingDraft, QaSegment } from './qaFinding';

/** Words English repeats on purpose ("that that was…", "had had"). */
const ALLOWED = new Set(['that', 'had']);
const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}+)\s+(\1)(?![\p{L}\p{N}'’-])/giu;

/** The same word twice in a row ("the the"), case ignored; each doubled word once. */
export function checkDoubledWords(segment: QaSegment): QaFindingDraft[] {
  const findings: QaFindingDraft[] = [];
  const seen = new Set<string>();
  for (const match of segment.target.matchAll(DOUBLED)) {
    const word = (match[1] ?? '').toLowerCase();
    if (ALLOWED.has(word) || seen.has(word) || /\p{Script=Han}/u.test(word)) continue;
    seen.add(word);
    findings.push({
      check: 'doubled-word',
      detail: word,
      values: { word: match[1] ?? '' },
      targetStart: match.index,
      targetEnd: (match.index ?? 0) + match[0].length,
    });
  }
  return findings;
}
