import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../app/ModalDialog';
import type { AlignmentSide } from './alignmentCursor';

interface SentenceEditorProps {
  readonly side: AlignmentSide;
  readonly text: string;
  readonly onSave: (text: string) => void;
  /** Splits the sentence, as it is stored, at a character offset. */
  readonly onSplit: (offset: number) => void;
  readonly onClose: () => void;
}

/**
 * Edits one sentence of an alignment, or splits it where the caret is (when the segmentation
 * missed a sentence end). Ctrl+Enter saves, Alt+Enter splits.
 */
export function SentenceEditor({ side, text, onSave, onSplit, onClose }: SentenceEditorProps) {
  const { t } = useTranslation('alignment');
  const [draft, setDraft] = useState(text);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const isChanged = draft !== text;

  function split() {
    const offset = textRef.current?.selectionStart ?? 0;
    if (!isChanged && offset > 0 && offset < text.length) onSplit(offset);
  }

  return (
    <ModalDialog title={t('sentenceEditor.title')} onClose={onClose} initialFocus={textRef}>
      <div className="sentence-editor">
        <textarea
          ref={textRef}
          className="sentence-editor__text"
          data-role="sentence-editor"
          lang={side === 'source' ? 'zh-CN' : 'en'}
          rows={4}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (draft.trim() !== '') onSave(draft);
            } else if (event.key === 'Enter' && event.altKey) {
              event.preventDefault();
              split();
            }
          }}
        />
        <p className="sentence-editor__hint">{t('sentenceEditor.hint')}</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('sentenceEditor.cancel')}
          </button>
          <button
            type="button"
            className="button"
            data-action="split-sentence"
            disabled={isChanged}
            title={isChanged ? t('sentenceEditor.saveFirst') : undefined}
            onClick={split}
          >
            {t('sentenceEditor.split')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-action="save-sentence"
            disabled={draft.trim() === '' || !isChanged}
            onClick={() => onSave(draft)}
          >
            {t('sentenceEditor.save')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
