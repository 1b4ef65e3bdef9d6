import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../app/ModalDialog';

export interface GoToSegmentDialogProps {
  readonly segmentCount: number;
  /** Called with the 0-based position of the segment asked for. */
  readonly onGoTo: (index: number) => void;
  readonly onClose: () => void;
}

/** Asks for a segment number (Ctrl+G) and goes there. */
export function GoToSegmentDialog({ segmentCount, onGoTo, onClose }: GoToSegmentDialogProps) {
  const { t } = useTranslation('translate');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const count = segmentCount.toLocaleString();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value.trim().replace(/[,\s]/g, ''));
    if (!Number.isInteger(number) || number < 1 || number > segmentCount) {
      setProblem(t('goTo.outOfRange', { count }));
      return;
    }
    onGoTo(number - 1);
  };

  return (
    <ModalDialog title={t('goTo.title')} onClose={onClose} initialFocus={inputRef}>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-number`}>{t('goTo.label', { count })}</label>
        <input
          ref={inputRef}
          id={`${id}-number`}
          data-role="go-to-segment"
          inputMode="numeric"
          value={value}
          aria-invalid={problem !== undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setProblem(undefined);
          }}
        />
        {problem !== undefined ? (
          <p className="form-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('goTo.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('goTo.go')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
