import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcordanceHit } from '../../../domain/memory/concordanceHit';
import type { LoadedMemory } from '../../hooks/useMemoryIndex';

const HITS_SHOWN = 20;

/** Finds a phrase in every stored pair, in the Chinese (by characters) or the English (by words). */
export function ConcordanceSearch({ memory }: { memory: LoadedMemory }) {
  const { t } = useTranslation('memory');
  const [phrase, setPhrase] = useState('');
  const deferred = useDeferredValue(phrase);
  const inputId = useId();
  const { index, version } = memory;
  const hits = useMemo(
    () => (deferred.trim() === '' ? undefined : index.concordance(deferred, { limit: HITS_SHOWN })),
    // The index is changed in place; version says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, version, deferred],
  );
  return (
    <div className="concordance">
      <label htmlFor={inputId} className="concordance__label">
        {t('concordance.label')}
      </label>
      <input
        id={inputId}
        type="search"
        className="concordance__input"
        value={phrase}
        placeholder={t('concordance.placeholder')}
        onChange={(event) => setPhrase(event.target.value)}
      />
      {hits === undefined ? null : hits.length === 0 ? (
        <p className="side-panel__empty" role="status">
          {t('concordance.none')}
        </p>
      ) : (
        <ul className="concordance__hits" aria-label={t('concordance.results')}>
          {hits.map((hit) => (
            <li
              key={`${hit.side}-${hit.unit.id}`}
              className="concordance__hit"
              data-concordance-side={hit.side}
            >
              <p lang="zh-Hans">
                {hit.side === 'source' ? (
                  <Marked hit={hit} text={hit.unit.source} />
                ) : (
                  hit.unit.source
                )}
              </p>
              <p lang="en">
                {hit.side === 'target' ? (
                  <Marked hit={hit} text={hit.unit.target} />
                ) : (
                  hit.unit.target
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Marked({ hit, text }: { hit: ConcordanceHit; text: string }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const range of hit.ranges) {
    pieces.push(text.slice(at, range.start));
    pieces.push(<mark key={range.start}>{text.slice(range.start, range.end)}</mark>);
    at = range.end;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}
