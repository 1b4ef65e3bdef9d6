import { memo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment, SegmentStatus } from '../../domain/model';
import { plainTextFromRichText, type RichTextDoc } from '../../domain/richText';
import type { HighlightTerm } from '../../editor/highlightTerm';
import { SourceView } from '../../editor/SourceView';
import { TargetEditor, type TargetEditorHandle } from '../../editor/TargetEditor';
import { HighlightedText } from './HighlightedText';
import { StatusBadge } from './StatusBadge';
import { StatusPicker } from './StatusPicker';

export interface SegmentRowProps {
  readonly segment: Segment;
  readonly target: RichTextDoc;
  readonly isFocused: boolean;
  readonly isFirstOfParagraph: boolean;
  readonly terms: readonly HighlightTerm[];
  /** Changes when the editor must start again from `target` (after a restore). */
  readonly editorGeneration: number;
  readonly editorHandleRef: Ref<TargetEditorHandle>;
  readonly onActivate: (segment: Segment) => void;
  readonly onTargetChange: (segment: Segment, target: RichTextDoc) => void;
  readonly onTargetBlur: () => void;
  readonly onStatusChange: (segment: Segment, status: SegmentStatus) => void;
}

/** One sentence pair; only the focused row mounts editors, the others render static text. */
export const SegmentRow = memo(function SegmentRow({
  segment,
  target,
  isFocused,
  isFirstOfParagraph,
  terms,
  editorGeneration,
  editorHandleRef,
  onActivate,
  onTargetChange,
  onTargetBlur,
  onStatusChange,
}: SegmentRowProps) {
  const { t } = useTranslation('translate');
  const [caretPoint, setCaretPoint] = useState<{ x: number; y: number } | undefined>(undefined);
  const [wasFocused, setWasFocused] = useState(isFocused);
  if (wasFocused !== isFocused) {
    setWasFocused(isFocused);
    // A click places the caret once; coming back by keyboard later puts it at the end.
    if (!isFocused) setCaretPoint(undefined);
  }
  const number = segment.order + 1;
  const targetText = plainTextFromRichText(target);
  return (
    <>
      {isFirstOfParagraph ? (
        <div className="paragraph-label" role="presentation">
          {t('list.paragraph', { number: segment.paragraph + 1 })}
        </div>
      ) : null}
      <div
        className={isFocused ? 'segment-row segment-row--focused' : 'segment-row'}
        data-segment-id={segment.id}
        data-status={segment.status}
        role="group"
        aria-label={t('list.segmentLabel', { number })}
        aria-current={isFocused ? 'true' : undefined}
      >
        <div className="segment-row__number" aria-hidden="true">
          {number}
        </div>
        <div className="segment-row__source" data-role="source" lang="zh-Hans">
          {isFocused ? (
            <SourceView text={segment.source} terms={terms} />
          ) : (
            <HighlightedText text={segment.source} terms={terms} />
          )}
        </div>
        <div className="segment-row__target" data-role="target" lang="en">
          {isFocused ? (
            <TargetEditor
              key={`${segment.id}:${editorGeneration}`}
              initialContent={target}
              label={t('list.targetLabel', { number })}
              onChange={(doc) => onTargetChange(segment, doc)}
              onBlur={onTargetBlur}
              handleRef={editorHandleRef}
              caretPoint={caretPoint}
            />
          ) : (
            <div
              className={targetText === '' ? 'target-static target-static--empty' : 'target-static'}
              role="textbox"
              aria-readonly="false"
              aria-label={t('list.targetLabel', { number })}
              tabIndex={0}
              onFocus={() => {
                setCaretPoint(undefined);
                onActivate(segment);
              }}
              onMouseDown={(event) => {
                event.preventDefault();
                const rectangle = event.currentTarget.getBoundingClientRect();
                const style = getComputedStyle(event.currentTarget);
                setCaretPoint({
                  x: event.clientX - rectangle.left - (parseFloat(style.paddingLeft) || 0),
                  y: event.clientY - rectangle.top - (parseFloat(style.paddingTop) || 0),
                });
                onActivate(segment);
              }}
            >
              {targetText === '' ? t('list.emptyTarget') : targetText}
            </div>
          )}
        </div>
        <div className="segment-row__status">
          {isFocused ? (
            <StatusPicker
              status={segment.status}
              segmentNumber={number}
              onChange={(status) => onStatusChange(segment, status)}
            />
          ) : (
            <StatusBadge status={segment.status} />
          )}
        </div>
      </div>
    </>
  );
});
