import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from './exportFormats';
import './exchange.css';

interface ExportMenuProps {
  readonly formats: readonly ExportFormat[];
  /** Writes and downloads the file; the menu shows a message while it runs and what came of it. */
  readonly onExport: (format: ExportFormat) => Promise<string | undefined>;
  /** Choices shown above the formats (scope, language tags…). */
  readonly children?: ReactNode;
  readonly isDisabled?: boolean;
}

/**
 * The Export control: a button (`data-action="export"`) opening a panel of choices and one item a
 * format (`data-format`). Escape or a click outside closes it.
 */
export function ExportMenu({ formats, onExport, children, isDisabled = false }: ExportMenuProps) {
  const { t } = useTranslation('exchange');
  const [isOpen, setIsOpen] = useState(false);
  const [isWorking, setIsWorking] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return undefined;
    const closeOutside = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || rootRef.current?.contains(event.target) !== true)
        setIsOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [isOpen]);

  async function run(format: ExportFormat) {
    setIsWorking(true);
    setMessage(t('export.working'));
    try {
      setMessage(await onExport(format));
    } catch (error) {
      setMessage(
        t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setIsWorking(false);
    }
  }

  return (
    <div
      className="export-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          event.stopPropagation();
          setIsOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button"
        data-action="export"
        aria-haspopup="true"
        aria-expanded={isOpen}
        aria-controls={panelId}
        disabled={isDisabled}
        onClick={() => {
          setIsOpen((open) => !open);
          setMessage(undefined);
        }}
      >
        {t('export.open')}
      </button>
      {isOpen ? (
        <div
          id={panelId}
          className="export-menu__panel"
          role="group"
          aria-label={t('export.title')}
        >
          {children}
          <p className="export-menu__heading">{t('export.formats')}</p>
          <ul className="export-menu__formats" role="menu" aria-label={t('export.formats')}>
            {formats.map((format) => (
              <li key={format} role="none">
                <button
                  type="button"
                  role="menuitem"
                  className="export-menu__item"
                  data-format={format}
                  disabled={isWorking}
                  onClick={() => void run(format)}
                >
                  {t(`formats.${format}`)}
                </button>
              </li>
            ))}
          </ul>
          <p className="export-menu__message" role="status" aria-live="polite">
            {message ?? ''}
          </p>
        </div>
      ) : null}
    </div>
  );
}
