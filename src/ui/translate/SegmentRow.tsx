import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermbaseMatcher } from '../../domain/glossary/createTermbaseMatcher';
import type { Segment, StoredGlossaryEntry } from '../../domain/model';
import { plainTextFromRichText } from '../../domain/richText';
import type { HighlightTerm } from '../../editor/highlightTerm';
import { SourceView } from '../../editor/SourceView';
import { TargetEditor } from '../../editor/TargetEditor';
import {
  useEditing,
  useEditorGeneration,
  useIsFocusedSegment,
  useLocalTarget,
} from './editing/EditingContext';
import { RowSelectBox } from '../review/RowSelectBox';
import { AnnotateButton } from './annotation/AnnotateButton';
import { AnnotatedText } from './annotation/AnnotatedText';
import { useRowAnnotations } from './annotation/AnnotationContext';
import { AvoidedRenderingText } from './AvoidedRenderingText';
import { HighlightedText } from './HighlightedText';
import { useAvoidedRenderingFinder } from './useAvoidedRenderingFinder';
import { StatusBadge } from './StatusBadge';
import { StatusPicker } from './StatusPicker';

export interface SegmentRowProps {
  readonly segment: Segment;
  readonly isFirstOfParagraph: boolean;
  readonly terms: readonly HighlightTerm[];
  /** Marks the deprecated and forbidden renderings a target uses. */
  readonly matcher?: TermbaseMatcher<StoredGlossaryEntry>;
}

/**
 * One sentence pair; only the focused row mounts editors, the others render static text.
 * Focus, typed-ahead text and actions come from the editing store, so a keystroke re-renders
 * this row alone.
 */
export const SegmentRow = memo(function SegmentRow({
  segment,
  isFirstOfParagraph,
  terms,
  matcher,
}: SegmentRowProps) {
  const { t } = useTranslation('translate');
  const { store, actions, isReadOnly } = useEditing();
  const isFocused = useIsFocusedSegment(segment.id);
  const target = useLocalTarget(segment.id) ?? segment.target;
  const editorGeneration = useEditorGeneration();
  // A locked segment shows its status menu (to unlock it) but no editor.
  const isStatusEditable = isFocused && !isReadOnly;
  const isEditing = isStatusEditable && segment.status !== 'locked';
  const [caretPoint, setCaretPoint] = useState<{ x: number; y: number } | undefined>(undefined);
  const [isStatusMenuAsked, setIsStatusMenuAsked] = useState(false);
  const [wasFocused, setWasFocused] = useState(isFocused);
  if (wasFocused !== isFocused) {
    setWasFocused(isFocused);
    // A click places the caret once; coming back by keyboard later puts it at the end.
    if (!isFocused) {
      setCaretPoint(undefined);
      setIsStatusMenuAsked(false);
    }
  }
  const findAvoidedRenderings = useAvoidedRenderingFinder(matcher, segment.source);
  const number = segment.order + 1;
  const targetText = plainTextFromRichText(target);
  const annotations = useRowAnnotations(segment.id, segment.source, targetText);
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
        <div className="segment-row__number">
          <span aria-hidden="true">{number}</span>
          <RowSelectBox segmentId={segment.id} number={number} />
        </div>
        <div className="segment-row__source" data-role="source" lang="zh-Hans">
          {isFocused ? (
            <SourceView text={segment.source} terms={terms} annotations={annotations.source} />
          ) : (
            <HighlightedText text={segment.source} terms={terms} annotations={annotations.source} />
          )}
        </div>
        <div className="segment-row__target" data-role="target" lang="en">
          {isEditing ? (
            <TargetEditor
              key={`${segment.id}:${editorGeneration}`}
              initialContent={target}
              label={t('list.targetLabel', { number })}
              onChange={(doc) => actions.changeTarget(segment, doc)}
              onBlur={actions.leaveTarget}
              handleRef={store.editorRef}
              caretPoint={caretPoint}
              isFocusedOnMount={store.isEditorFocused()}
              findAvoidedRenderings={findAvoidedRenderings}
              annotations={annotations.target}
              keptAnnotationIds={annotations.targetIds}
              onAnnotationsChange={annotations.onTargetChange}
            />
          ) : (
            <div
              className={targetText === '' ? 'target-static target-static--empty' : 'target-static'}
              role="textbox"
              aria-readonly={isReadOnly || segment.status === 'locked' ? 'true' : 'false'}
              aria-label={t('list.targetLabel', { number })}
              tabIndex={0}
              onFocus={() => {
                setCaretPoint(undefined);
                actions.activate(segment, { isEditorFocused: true });
              }}
              onMouseDown={(event) => {
                event.preventDefault();
                const rectangle = event.currentTarget.getBoundingClientRect();
                const style = getComputedStyle(event.currentTarget);
                setCaretPoint({
                  x: event.clientX - rectangle.left - (parseFloat(style.paddingLeft) || 0),
                  y: event.clientY - rectangle.top - (parseFloat(style.paddingTop) || 0),
                });
                actions.activate(segment, { isEditorFocused: true });
              }}
            >
              {targetText === '' ? (
                t('list.emptyTarget')
              ) : (
                <AvoidedRenderingText
                  target={targetText}
                  find={findAvoidedRenderings}
                  renderText={(text, offset) => (
                    <AnnotatedText text={text} offset={offset} annotations={annotations.target} />
                  )}
                />
              )}
            </div>
          )}
        </div>
        <div className="segment-row__status">
          {isStatusEditable ? (
            <StatusPicker
              status={segment.status}
              segmentNumber={number}
              isOpenedOnMount={isStatusMenuAsked}
              onChange={(status) => actions.changeStatus(segment, status)}
            />
          ) : (
            <div
              className="segment-row__status-badge"
              onMouseDown={(event) => {
                if (isReadOnly) return;
                // The badge of another row focuses that row and opens its status menu at once.
                event.preventDefault();
                setIsStatusMenuAsked(true);
                actions.activate(segment, { isEditorFocused: false });
              }}
            >
              <StatusBadge status={segment.status} />
            </div>
          )}
          {isEditing ? <AnnotateButton segment={segment} /> : null}
        </div>
      </div>
    </>
  );
});
