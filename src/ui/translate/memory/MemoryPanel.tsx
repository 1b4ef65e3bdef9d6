import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemoryMatch } from '../../../domain/memory/memoryMatch';
import { sourceDifferences } from '../../../domain/memory/sourceDifferences';
import type { LoadedMemory } from '../../hooks/useMemoryIndex';
import { ConcordanceSearch } from './ConcordanceSearch';
import './memory.css';

export interface MemoryPanelProps {
  readonly memory: LoadedMemory | undefined;
  /** The focused segment's source, or undefined when no segment is focused. */
  readonly sentence: string | undefined;
  readonly matches: readonly MemoryMatch[] | undefined;
  readonly onInsert: (match: MemoryMatch) => void;
}

/** The focused segment's best translation-memory matches, numbered for the insert-match shortcut, and a concordance search. */
export function MemoryPanel({ memory, sentence, matches, onInsert }: MemoryPanelProps) {
  const { t } = useTranslation('memory');
  return (
    <section className="side-panel memory-panel" aria-labelledby="memory-panel-title">
      <h2 id="memory-panel-title">{t('panel.title')}</h2>
      {memory === undefined ? (
        <p className="side-panel__empty" role="status">
          {t('panel.loading')}
        </p>
      ) : sentence === undefined ? (
        <p className="side-panel__empty">{t('panel.noSegment')}</p>
      ) : matches === undefined || matches.length === 0 ? (
        <p className="side-panel__empty">{t('panel.none')}</p>
      ) : (
        <ol className="memory-panel__list">
          {matches.map((match, index) => (
            <MatchItem
              key={match.unit.id}
              match={match}
              number={index + 1}
              sentence={sentence}
              onInsert={onInsert}
            />
          ))}
        </ol>
      )}
      {memory !== undefined ? <ConcordanceSearch memory={memory} /> : null}
    </section>
  );
}

function MatchItem({
  match,
  number,
  sentence,
  onInsert,
}: {
  match: MemoryMatch;
  number: number;
  sentence: string;
  onInsert: (match: MemoryMatch) => void;
}) {
  const { t } = useTranslation('memory');
  const parts = useMemo(
    () => sourceDifferences(sentence, match.unit.source),
    [sentence, match.unit.source],
  );
  return (
    <li
      className={match.isExact ? 'memory-match memory-match--exact' : 'memory-match'}
      data-match-score={match.score}
      data-memory-unit-id={match.unit.id}
    >
      <div className="memory-match__heading">
        {number <= 9 ? (
          <kbd className="memory-match__shortcut">{t('panel.shortcut', { number })}</kbd>
        ) : null}
        <span className="memory-match__score">
          {match.isExact ? t('panel.exact') : t('panel.score', { score: match.score })}
        </span>
        <button type="button" className="button button--small" onClick={() => onInsert(match)}>
          {t('panel.insert')}
        </button>
      </div>
      <p className="memory-match__source" lang="zh-Hans">
        {parts.map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'added' ? (
            <ins key={index} className="memory-match__added" title={t('panel.added')}>
              {part.text}
            </ins>
          ) : (
            <del key={index} className="memory-match__missing" title={t('panel.missing')}>
              {part.text}
            </del>
          ),
        )}
      </p>
      <p className="memory-match__target" lang="en">
        {match.unit.target}
      </p>
    </li>
  );
}
