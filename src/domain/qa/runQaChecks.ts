import { checkTerms } from '../glossary/checkTerms';
import type { TermbaseMatcher } from '../glossary/createTermbaseMatcher';
import type { GlossaryConcept } from '../glossary/glossaryEntry';
import { checkChinesePunctuation } from './checkChinesePunctuation';
import { checkDoubledWords } from './checkDoubledWords';
import { checkDoubleSpaces } from './checkDoubleSpaces';
import { checkEmptyTarget } from './checkEmptyTarget';
import { checkInconsistentSources } from './checkInconsistentSources';
import { checkInconsistentTranslations } from './checkInconsistentTranslations';
import { checkLengthRatio } from './checkLengthRatio';
import { checkNumbers } from './checkNumbers';
import { checkSameAsSource } from './checkSameAsSource';
import { checkUnbalancedBrackets } from './checkUnbalancedBrackets';
import { checkUnbalancedQuotes } from './checkUnbalancedQuotes';
import { checkUntranslated } from './checkUntranslated';
import { createQaDocument } from './createQaDocument';
import type { QaDocument } from './qaDocument';
import {
  QA_CHECK_NAMES,
  type QaCheckName,
  type QaFinding,
  type QaFindingDraft,
  type QaSegment,
} from './qaFinding';
import { qaFindingKey } from './qaFindingKey';

export interface QaOptions<Entry extends GlossaryConcept> {
  /** The project's termbase: its term checks (checkTerms) join the others. */
  readonly matcher?: TermbaseMatcher<Entry>;
  /**
   * Check only these segments (the one being typed in), still against the whole document; the
   * term check then compares terms within them only. Every segment without it.
   */
  readonly indices?: readonly number[];
  /**
   * The document as createQaDocument read it, these segments or an earlier state of them (so
   * that checking the segment being typed need not read the whole document again): its norms
   * and groups are used, each checked segment is read from `segments`.
   */
  readonly document?: QaDocument;
}

const SEGMENT_CHECKS: readonly ((document: QaDocument, index: number) => QaFindingDraft[])[] = [
  (document, index) => onSegment(document, index, checkEmptyTarget),
  (document, index) => onSegment(document, index, checkUntranslated),
  (document, index) => onSegment(document, index, checkSameAsSource),
  (document, index) => onSegment(document, index, checkNumbers),
  checkChinesePunctuation,
  (document, index) => onSegment(document, index, checkDoubleSpaces),
  (document, index) => onSegment(document, index, checkDoubledWords),
  (document, index) => onSegment(document, index, checkUnbalancedQuotes),
  (document, index) => onSegment(document, index, checkUnbalancedBrackets),
  checkLengthRatio,
  checkInconsistentTranslations,
  checkInconsistentSources,
];

/**
 * Every quality check over a document's segments, in segment order and, within a segment, in
 * the order of QA_CHECK_NAMES. Term findings keep checkTerms' own key, so that a term finding
 * set aside in the glossary's view is set aside here too.
 */
export function runQaChecks<Entry extends GlossaryConcept>(
  segments: readonly QaSegment[],
  { matcher, indices, document: known }: QaOptions<Entry> = {},
): QaFinding[] {
  const document = known === undefined ? createQaDocument(segments) : { ...known, segments };
  const checked = indices ?? segments.map((_, index) => index);
  const findings: QaFinding[] = [];
  for (const index of checked) {
    const segment = segments[index];
    if (segment === undefined) continue;
    for (const check of SEGMENT_CHECKS) {
      for (const draft of check(document, index)) {
        const { detail, ...rest } = draft;
        findings.push({
          ...rest,
          segmentIndex: index,
          key: qaFindingKey(draft.check, segment.key, detail),
        });
      }
    }
  }
  if (matcher !== undefined) {
    const checkedSegments = checked.flatMap((index) => {
      const segment = segments[index];
      return segment === undefined ? [] : [{ index, segment }];
    });
    for (const term of checkTerms(
      matcher,
      checkedSegments.map(({ segment }) => segment),
    )) {
      const index = checkedSegments[term.segmentIndex]?.index;
      if (index === undefined) continue;
      findings.push({
        check: `term-${term.kind}` satisfies QaCheckName,
        segmentIndex: index,
        values: {
          term: term.entry.term,
          ...(term.used === undefined ? {} : { used: term.used }),
          ...(term.expected === undefined ? {} : { expected: term.expected }),
        },
        key: term.key,
        ...(term.targetStart === undefined ? {} : { targetStart: term.targetStart }),
        ...(term.targetEnd === undefined ? {} : { targetEnd: term.targetEnd }),
      });
    }
  }
  const order = (check: QaCheckName): number => QA_CHECK_NAMES.indexOf(check);
  return findings.sort(
    (left, right) =>
      left.segmentIndex - right.segmentIndex || order(left.check) - order(right.check),
  );
}

function onSegment(
  document: QaDocument,
  index: number,
  check: (segment: QaSegment) => QaFindingDraft[],
): QaFindingDraft[] {
  const segment = document.segments[index];
  return segment === undefined ? [] : check(segment);
}
