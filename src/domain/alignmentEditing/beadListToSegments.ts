import type { SegmentStatus } from '../model';
import { richTextFromPlainText, type RichTextDoc } from '../richText';
import type { BeadList } from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';
import { sentenceSeparator } from './sentenceSeparator';

/** A segment of the project an alignment becomes (the shape the project writer takes). */
export interface AlignedSegment {
  readonly source: string;
  readonly target: RichTextDoc;
  readonly status: SegmentStatus;
}

interface SegmentDraft {
  source: string;
  target: string;
  confirmed: boolean;
}

/**
 * Turns an alignment into the paragraphs of segments of a translate-view project: one segment a
 * bead with source sentences, a new paragraph where the bead's first source sentence starts one.
 * A bead with target sentences only (0-n) has no segment of its own: its text is appended to the
 * previous segment's target (to the next one's, before the first segment). Status: `translated`
 * when every bead of the segment is confirmed, `new` for an unconfirmed empty target, else `draft`.
 */
export function beadListToSegments(list: BeadList): AlignedSegment[][] {
  const ranges = beadSentenceRanges(list);
  const paragraphs: SegmentDraft[][] = [];
  let previous: SegmentDraft | undefined;
  let leading: { target: string; confirmed: boolean } | undefined;
  const text = (side: 'source' | 'target', start: number, end: number): string =>
    list[side]
      .slice(start, end)
      .map((sentence) => sentence.text)
      .join(sentenceSeparator(side));
  list.beads.forEach((bead, index) => {
    const range = ranges[index];
    if (range === undefined || bead.sourceCount + bead.targetCount === 0) return;
    const target = text('target', range.targetStart, range.targetEnd);
    if (bead.sourceCount === 0) {
      if (previous) {
        previous.target = joinTargets(previous.target, target);
        previous.confirmed &&= bead.confirmed;
      } else {
        leading = {
          target: joinTargets(leading?.target ?? '', target),
          confirmed: (leading?.confirmed ?? true) && bead.confirmed,
        };
      }
      return;
    }
    const segment: SegmentDraft = {
      source: text('source', range.sourceStart, range.sourceEnd),
      target: leading ? joinTargets(leading.target, target) : target,
      confirmed: bead.confirmed && (leading?.confirmed ?? true),
    };
    leading = undefined;
    const startsParagraph = list.source[range.sourceStart]?.paragraphStart ?? false;
    const paragraph = paragraphs[paragraphs.length - 1];
    if (paragraph === undefined || startsParagraph) paragraphs.push([segment]);
    else paragraph.push(segment);
    previous = segment;
  });
  return paragraphs.map((paragraph) =>
    paragraph.map((segment) => ({
      source: segment.source,
      target: richTextFromPlainText(segment.target),
      status: statusOf(segment),
    })),
  );
}

function joinTargets(first: string, second: string): string {
  return first === ''
    ? second
    : second === ''
      ? first
      : `${first}${sentenceSeparator('target')}${second}`;
}

function statusOf(segment: SegmentDraft): SegmentStatus {
  if (segment.confirmed) return 'translated';
  return segment.target === '' ? 'new' : 'draft';
}
