import type { QaDocument } from './qaDocument';
import type { QaFindingDraft } from './qaFinding';

const CHINESE = /[，。、；：！？（）【】《》「」『』〈〉〔〕…\uff01-\uff5e\u3000]|——/gu;
const CURLY = /[“”‘’]/gu;

/**
 * Chinese punctuation and full-width characters left in the English (，。：（）, full-width letters
 * and digits, the ideographic space), each character once; curly quotes “” ‘’ too when the
 * document otherwise quotes with straight marks. Marks inside Chinese text left in the
 * translation belong to `untranslated`.
 */
export function checkChinesePunctuation(document: QaDocument, index: number): QaFindingDraft[] {
  const target = document.segments[index]?.target ?? '';
  const findings: QaFindingDraft[] = [];
  const seen = new Set<string>();
  const matches = [
    ...target.matchAll(CHINESE),
    ...(document.usesStraightQuotes ? target.matchAll(CURLY) : []),
  ].sort((left, right) => (left.index ?? 0) - (right.index ?? 0));
  for (const match of matches) {
    const start = match.index ?? 0;
    const character = match[0];
    const around = `${target[start - 1] ?? ''}${target[start + character.length] ?? ''}`;
    if (seen.has(character) || /\p{Script=Han}/u.test(around)) continue;
    seen.add(character);
    findings.push({
      check: 'chinese-punctuation',
      detail: character,
      values: { character: character === '\u3000' ? 'U+3000' : character },
      targetStart: start,
      targetEnd: start + character.length,
    });
  }
  return findings;
}
