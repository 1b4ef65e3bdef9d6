import type { QaFindingDraft, QaSegment } from './qaFinding';

const PAIRS: Readonly<Record<string, string>> = {
  ')': '(',
  ']': '[',
  '}': '{',
  '）': '（',
  '】': '【',
  '》': '《',
  '〕': '〔',
};
const OPENING = new Set(Object.values(PAIRS));

/**
 * Brackets that do not pair up in the translation ("(a", "a)", "(a]") where those of the source
 * do, so that a list numbered 1) 2) on both sides is not a finding. The first stray one is named.
 */
export function checkUnbalancedBrackets(segment: QaSegment): QaFindingDraft[] {
  if (segment.target.trim() === '' || firstStray(segment.source) !== undefined) return [];
  const stray = firstStray(segment.target);
  if (stray === undefined) return [];
  return [
    {
      check: 'unbalanced-brackets',
      detail: stray.character,
      values: { character: stray.character },
      targetStart: stray.index,
      targetEnd: stray.index + 1,
    },
  ];
}

function firstStray(text: string): { character: string; index: number } | undefined {
  const open: { character: string; index: number }[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? '';
    if (OPENING.has(character)) open.push({ character, index });
    const opener = PAIRS[character];
    if (opener === undefined) continue;
    if (open.at(-1)?.character !== opener) return { character, index };
    open.pop();
  }
  return open[0];
}
