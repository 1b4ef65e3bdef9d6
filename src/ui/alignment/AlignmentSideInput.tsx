import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignedSentence } from '../../domain/alignmentEditing/beadListTypes';
import type { LanguageCode } from '../../domain/model';
import { MAX_TEXT_FILE_BYTES } from '../../domain/text/checkTextFileSize';
import { TextFileError } from '../../domain/text/TextFileError';
import { NotDocxError, readAlignmentFile, type AlignmentFileFormat } from './readAlignmentFile';
import { SentencePreview } from './SentencePreview';
import { sentencesFromText } from './sentencesFromText';

/** One side of a new alignment as the user gave it. */
export interface AlignmentSide {
  readonly fileName: string;
  readonly format: AlignmentFileFormat | 'pasted';
  readonly sentences: readonly AlignedSentence[];
}

type SideState =
  | { readonly status: 'empty' }
  | { readonly status: 'reading'; readonly fileName: string }
  | { readonly status: 'refused'; readonly fileName: string; readonly message: string };

interface AlignmentSideInputProps {
  readonly side: 'source' | 'target';
  readonly language: LanguageCode;
  readonly value: AlignmentSide | undefined;
  readonly onChange: (value: AlignmentSide | undefined) => void;
  readonly disabled: boolean;
}

/**
 * Where one text of an alignment comes in: a file (plain text, Markdown, HTML or Word, opened or
 * dropped) or pasted text, then the sentences the engine's rules found, to split or join.
 */
export function AlignmentSideInput({
  side,
  language,
  value,
  onChange,
  disabled,
}: AlignmentSideInputProps) {
  const { t } = useTranslation('alignment');
  const fileInputId = useId();
  const pasteId = useId();
  const [state, setState] = useState<SideState>({ status: 'empty' });
  const [pasted, setPasted] = useState('');
  const [isDragOver, setIsDragOver] = useState(false);

  async function openFile(file: File) {
    setState({ status: 'reading', fileName: file.name });
    onChange(undefined);
    try {
      const { text, format } = await readAlignmentFile(file);
      const sentences = sentencesFromText(text, language);
      if (sentences.length === 0) {
        setState({
          status: 'refused',
          fileName: file.name,
          message: t('fileErrors.empty', { fileName: file.name }),
        });
        return;
      }
      setState({ status: 'empty' });
      onChange({ fileName: file.name, format, sentences });
    } catch (error) {
      setState({
        status: 'refused',
        fileName: file.name,
        message: fileErrorMessage(error, file.name),
      });
    }
  }

  function fileErrorMessage(error: unknown, fileName: string): string {
    if (error instanceof NotDocxError) return t('fileErrors.notDocx', { fileName });
    if (error instanceof TextFileError) {
      if (error.reason === 'tooLarge')
        return t('fileErrors.tooLarge', { fileName, limit: MAX_TEXT_FILE_BYTES / 1024 / 1024 });
      if (error.reason === 'mixedEncodings')
        return t('fileErrors.mixedEncodings', { fileName, line: error.details.line ?? 0 });
      return t(`fileErrors.${error.reason}`, { fileName });
    }
    return t('fileErrors.unreadable', { fileName });
  }

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && !disabled) void openFile(file);
  }

  function takePasted() {
    const sentences = sentencesFromText(pasted, language);
    if (sentences.length === 0) return;
    onChange({ fileName: t('import.pastedName'), format: 'pasted', sentences });
  }

  const heading = side === 'source' ? t('import.sourceHeading') : t('import.targetHeading');
  return (
    <section
      className={isDragOver ? 'align-side align-side--drag' : 'align-side'}
      aria-label={heading}
      lang={language === 'zh' ? 'zh-CN' : 'en'}
      onDragOver={(event) => {
        event.preventDefault();
        setIsDragOver(true);
      }}
      onDragLeave={() => setIsDragOver(false)}
      onDrop={handleDrop}
      data-side={side}
    >
      <h2 className="align-side__heading" lang={undefined}>
        {heading}
      </h2>
      <div className="align-side__file">
        <input
          id={fileInputId}
          className="visually-hidden"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          data-role={side === 'source' ? 'align-source-file' : 'align-target-file'}
          disabled={disabled}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) void openFile(file);
          }}
        />
        <label className="button" htmlFor={fileInputId} aria-disabled={disabled}>
          {t('import.chooseFile')}
        </label>
        <span className="align-side__hint">{t('import.fileHint')}</span>
      </div>
      {state.status === 'reading' ? (
        <p className="align-side__status" role="status">
          {t('import.reading', { fileName: state.fileName })}
        </p>
      ) : null}
      {state.status === 'refused' ? (
        <p className="align-side__status align-side__status--error" role="alert">
          {state.message}
        </p>
      ) : null}
      {value === undefined ? (
        <div className="align-side__paste">
          <label htmlFor={pasteId}>{t('import.pasteLabel')}</label>
          <textarea
            id={pasteId}
            rows={6}
            value={pasted}
            disabled={disabled}
            placeholder={
              side === 'source'
                ? t('import.pasteSourcePlaceholder')
                : t('import.pasteTargetPlaceholder')
            }
            onChange={(event) => setPasted(event.target.value)}
          />
          <button
            type="button"
            className="button"
            disabled={disabled || pasted.trim() === ''}
            onClick={takePasted}
          >
            {t('import.usePasted')}
          </button>
        </div>
      ) : (
        <>
          <p className="align-side__loaded">
            <span>
              {t('import.loaded', {
                fileName: value.fileName,
                count: value.sentences.length,
                paragraphs: value.sentences.filter((sentence) => sentence.paragraphStart).length,
              })}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={disabled}
              onClick={() => {
                setPasted('');
                onChange(undefined);
              }}
            >
              {t('import.clear')}
            </button>
          </p>
          <SentencePreview
            side={side}
            sentences={value.sentences}
            disabled={disabled}
            onChange={(sentences) => onChange({ ...value, sentences })}
          />
        </>
      )}
    </section>
  );
}
