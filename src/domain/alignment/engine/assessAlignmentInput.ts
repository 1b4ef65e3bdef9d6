import type { AlignmentInputAssessment, AlignmentWarning, TextScript } from './alignmentAssessment';
import type { AlignmentInput } from './alignmentTypes';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
/** Characters looked at per side: enough to tell the script, bounded so a whole book costs nothing. */
const SAMPLE_CHARACTERS = 20_000;

/**
 * Checks the two texts before aligning: the source should be mostly Chinese characters and the
 * target mostly Latin letters. Warns when they look swapped, when both sides are in one script, or
 * when either side is in neither.
 */
export function assessAlignmentInput(input: AlignmentInput): AlignmentInputAssessment {
  const sourceScript = scriptOf(input.source);
  const targetScript = scriptOf(input.target);
  const languagesSwapped = sourceScript === 'latin' && targetScript === 'han';
  const sameLanguage =
    sourceScript === targetScript && (sourceScript === 'han' || sourceScript === 'latin');
  const warnings: AlignmentWarning[] = [];
  if (languagesSwapped) warnings.push('languages-swapped');
  else if (sameLanguage) warnings.push(sourceScript === 'han' ? 'both-chinese' : 'both-english');
  else {
    if (sourceScript !== 'han' && sourceScript !== 'empty') warnings.push('source-not-chinese');
    if (targetScript !== 'latin' && targetScript !== 'empty') warnings.push('target-not-english');
  }
  return { sourceScript, targetScript, languagesSwapped, sameLanguage, warnings };
}

/** Han if at least a third of the letters are Chinese characters (English in Chinese text is common), Latin if most are Latin. */
function scriptOf(paragraphs: readonly (readonly string[])[]): TextScript {
  let han = 0;
  let latin = 0;
  let letters = 0;
  let seen = 0;
  outer: for (const paragraph of paragraphs) {
    for (const sentence of paragraph) {
      for (const character of sentence) {
        seen += 1;
        if (seen > SAMPLE_CHARACTERS) break outer;
        if (!LETTER.test(character)) continue;
        letters += 1;
        if (HAN.test(character)) han += 1;
        else if (LATIN.test(character)) latin += 1;
      }
    }
  }
  if (letters === 0) return 'empty';
  if (han >= letters / 3) return 'han';
  if (latin > letters / 2) return 'latin';
  return 'other';
}
