import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessAlignmentInput } from '../../domain/alignment/engine/assessAlignmentInput';
import { paragraphsOfSentences } from '../../domain/alignmentEditing/paragraphsOfSentences';
import type { AlignmentId } from '../../domain/ids';
import { useCreateAlignment } from '../hooks/useCreateAlignment';
import { AlignmentSideInput, type AlignmentSide } from './AlignmentSideInput';
import { AlignmentWarnings } from './AlignmentWarnings';
import { describeAlignmentFailure } from '../app/describeAlignmentFailure';
import { runAlignmentInWorker, type RunningAlignment } from './runAlignmentInWorker';

const SOURCE = 'source';
const TARGET = 'target';
const CHINESE = 'zh';
const ENGLISH = 'en';

/**
 * A name for a new alignment: the Chinese file's name without its extension (and a language
 * suffix such as `.zh`), or, when that says nothing (`zh.txt`, pasted text), the start of its
 * first sentence.
 */
function suggestName(source: AlignmentSide): string {
  const base = source.fileName
    .replace(/\.[a-z]+$/i, '')
    .replace(/[._-](zh|cn|chs|zh-cn|src)$/i, '');
  if (source.format !== 'pasted' && base.length > 3) return base;
  const first = source.sentences[0]?.text ?? '';
  return [...first].length > 24 ? `${[...first].slice(0, 24).join('')}…` : first;
}

interface AlignmentImportProps {
  readonly onCreated: (alignmentId: AlignmentId) => void;
}

type Run =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly fraction: number }
  | { readonly status: 'failed'; readonly message: string };

/**
 * A new alignment: the Chinese text and its English translation, each opened, dropped or pasted
 * and shown as the engine's sentences (to split or join), then aligned in the alignment worker
 * with a progress bar and a way to stop, and stored.
 */
export function AlignmentImport({ onCreated }: AlignmentImportProps) {
  const { t } = useTranslation('alignment');
  const createAlignment = useCreateAlignment();
  const nameId = useId();
  const [source, setSource] = useState<AlignmentSide | undefined>(undefined);
  const [target, setTarget] = useState<AlignmentSide | undefined>(undefined);
  const [name, setName] = useState('');
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const runningRef = useRef<RunningAlignment | null>(null);

  useEffect(() => () => runningRef.current?.cancel(), []);

  const inputWarnings = useMemo(
    () =>
      source === undefined || target === undefined
        ? []
        : assessAlignmentInput({
            source: paragraphsOfSentences(source.sentences),
            target: paragraphsOfSentences(target.sentences),
          }).warnings,
    [source, target],
  );
  const isRunning = run.status === 'running';
  const suggestedName = source === undefined ? '' : suggestName(source);
  const canRun = source !== undefined && target !== undefined && !isRunning;

  async function runAlignment() {
    if (source === undefined || target === undefined) return;
    setRun({ status: 'running', fraction: 0 });
    const running = runAlignmentInWorker(source.sentences, target.sentences, (fraction) =>
      setRun((current) =>
        current.status === 'running' ? { status: 'running', fraction } : current,
      ),
    );
    runningRef.current = running;
    let phase: 'align' | 'store' = 'align';
    try {
      const { list, warnings } = await running.result;
      if (runningRef.current !== running) return;
      phase = 'store';
      const alignmentId = await createAlignment({
        name: name.trim() === '' ? suggestedName || t('import.untitled') : name,
        sourceFileName: source.fileName,
        targetFileName: target.fileName,
        list,
        warnings,
      });
      onCreated(alignmentId);
    } catch (error) {
      if (runningRef.current !== running) return;
      const message = describeAlignmentFailure(t, error, phase);
      setRun(message === undefined ? { status: 'idle' } : { status: 'failed', message });
    } finally {
      if (runningRef.current === running) runningRef.current = null;
    }
  }

  function cancel() {
    runningRef.current?.cancel();
  }

  return (
    <div className="align-import">
      <header className="align-import__header">
        <h1 className="align-import__title">{t('import.title')}</h1>
        <p className="align-import__intro">{t('import.intro')}</p>
      </header>
      <div className="align-import__sides">
        <AlignmentSideInput
          side={SOURCE}
          language={CHINESE}
          value={source}
          onChange={setSource}
          disabled={isRunning}
        />
        <AlignmentSideInput
          side={TARGET}
          language={ENGLISH}
          value={target}
          onChange={setTarget}
          disabled={isRunning}
        />
      </div>
      <AlignmentWarnings warnings={inputWarnings} />
      <footer className="align-import__footer">
        <label className="align-import__name" htmlFor={nameId}>
          {t('import.nameLabel')}
          <input
            id={nameId}
            type="text"
            value={name}
            placeholder={suggestedName}
            disabled={isRunning}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        {run.status === 'running' ? (
          <div className="align-import__progress" role="status">
            <progress
              max={1}
              value={run.fraction}
              data-role="alignment-progress"
              aria-label={t('import.progressLabel')}
            />
            <span>{t('import.progress', { percent: Math.round(run.fraction * 100) })}</span>
            <button
              type="button"
              className="button"
              data-action="cancel-alignment"
              onClick={cancel}
            >
              {t('import.cancel')}
            </button>
          </div>
        ) : null}
        {run.status === 'failed' ? (
          <p className="align-import__error" role="alert">
            {run.message}
          </p>
        ) : null}
        <button
          type="button"
          className="button button--primary"
          data-action="run-alignment"
          disabled={!canRun}
          onClick={() => void runAlignment()}
        >
          {t('import.run')}
        </button>
      </footer>
    </div>
  );
}
