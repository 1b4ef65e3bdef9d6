import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyBeadListChange } from '../../domain/alignmentEditing/applyBeadListChange';
import type {
  AlignedSentence,
  BeadList,
  BeadOperationResult,
} from '../../domain/alignmentEditing/beadListTypes';
import { joinSentenceWithNext } from '../../domain/alignmentEditing/joinSentenceWithNext';
import { splitSentence } from '../../domain/alignmentEditing/splitSentence';
import type { AlignmentSide } from './alignmentCursor';

interface SentencePreviewProps {
  readonly side: AlignmentSide;
  readonly sentences: readonly AlignedSentence[];
  readonly disabled: boolean;
  readonly onChange: (sentences: readonly AlignedSentence[]) => void;
}

const ESTIMATED_ROW_HEIGHT = 30;

/** One side's sentences as a bead list of one bead, so that the bead list's sentence edits apply. */
function asOneBead(side: AlignmentSide, sentences: readonly AlignedSentence[]): BeadList {
  return {
    source: side === 'source' ? sentences : [],
    target: side === 'target' ? sentences : [],
    beads: [
      {
        sourceCount: side === 'source' ? sentences.length : 0,
        targetCount: side === 'target' ? sentences.length : 0,
        confidence: null,
        confirmed: false,
      },
    ],
  };
}

/**
 * The sentences the engine's rules found in one text, numbered, paragraph starts marked. A click
 * picks one; it can then be split where the caret is or joined with the next, before aligning.
 */
export function SentencePreview({ side, sentences, disabled, onChange }: SentencePreviewProps) {
  const { t } = useTranslation('alignment');
  const scrollRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const virtualizer = useVirtualizer({
    count: sentences.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 10,
  });
  const pickedSentence = picked === undefined ? undefined : sentences[picked];

  const [refusal, setRefusal] = useState<string | undefined>(undefined);

  function change(edit: (list: BeadList) => BeadOperationResult) {
    const list = asOneBead(side, sentences);
    const result = edit(list);
    if (!result.ok) {
      setRefusal(t(`refusals.${result.reason}`));
      return;
    }
    setRefusal(undefined);
    onChange(applyBeadListChange(list, result.change)[side]);
  }

  function split() {
    if (picked === undefined) return;
    const offset = editorRef.current?.selectionStart ?? 0;
    change((list) => splitSentence(list, side, picked, offset));
  }

  function join() {
    if (picked === undefined) return;
    change((list) => joinSentenceWithNext(list, side, picked));
  }

  return (
    <div className="sentence-preview" data-role={`${side}-sentences`}>
      <div
        className="sentence-preview__scroller"
        ref={scrollRef}
        role="list"
        aria-label={side === 'source' ? t('import.sourceSentences') : t('import.targetSentences')}
      >
        <div className="sentence-preview__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const sentence = sentences[item.index];
            if (sentence === undefined) return null;
            const isPicked = item.index === picked;
            return (
              <div
                key={item.key}
                role="listitem"
                className={`sentence-preview__item${sentence.paragraphStart && item.index > 0 ? ' sentence-preview__item--paragraph' : ''}${isPicked ? ' sentence-preview__item--picked' : ''}`}
                data-index={item.index}
                data-sentence-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  className="sentence-preview__pick"
                  disabled={disabled}
                  aria-pressed={isPicked}
                  onClick={() => setPicked(isPicked ? undefined : item.index)}
                >
                  <span className="sentence-preview__number">{item.index + 1}</span>
                  <span className="sentence-preview__text">{sentence.text}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      {pickedSentence !== undefined && picked !== undefined ? (
        <div className="sentence-preview__editor">
          <label>
            {t('import.pickedSentence', { number: picked + 1 })}
            <textarea
              ref={editorRef}
              key={`${picked}:${pickedSentence.text}`}
              readOnly
              rows={3}
              defaultValue={pickedSentence.text}
              data-role="preview-sentence-editor"
            />
          </label>
          <p className="sentence-preview__hint" role="status">
            {refusal ?? t('import.splitHint')}
          </p>
          <div className="sentence-preview__actions">
            <button
              type="button"
              className="button"
              data-action="preview-split"
              disabled={disabled}
              onClick={split}
            >
              {t('import.split')}
            </button>
            <button
              type="button"
              className="button"
              data-action="preview-join"
              disabled={disabled || picked >= sentences.length - 1}
              onClick={join}
            >
              {t('import.join')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
