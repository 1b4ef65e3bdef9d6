import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNOTATION_SEVERITIES, type Annotation } from '../../../domain/annotation/annotation';
import {
  locateAnnotations,
  type LocatedAnnotation,
} from '../../../domain/annotation/locateAnnotations';
import { scoreDocumentQuality } from '../../../domain/annotation/scoreDocumentQuality';
import { writeMqmTsv } from '../../../domain/annotation/writeMqmTsv';
import { writeWebAnnotations } from '../../../domain/annotation/writeWebAnnotations';
import type { Segment } from '../../../domain/model';
import { downloadFile } from '../../app/downloadFile';
import { storageErrorMessageKey } from '../../app/storageErrorMessageKey';
import { useAnnotationActions } from '../../hooks/useAnnotationActions';
import { useAnnotationSettings } from '../../hooks/useAnnotationSettings';
import { useAnnotationLayer } from './AnnotationContext';
import { AnnotationDialog } from './AnnotationDialog';
import { AnnotationSettingsSection } from './AnnotationSettingsSection';
import { QualityScoreSummary } from './QualityScoreSummary';
import { useCategoryName } from './useCategoryName';

export interface AnnotationsPanelProps {
  readonly projectName: string;
  readonly documentName: string;
  readonly segments: readonly Segment[];
  readonly annotations: readonly Annotation[] | undefined;
  /** The target as shown now (typed ahead of storage, maybe). */
  readonly targetTextOf: (segment: Segment) => string;
  readonly onGoTo: (segment: Segment) => void;
}

const ALL = '';
const NO_SEVERITY = 'none';

/**
 * The document's annotations: its MQM score with the formula, exports, the annotations that lost
 * their text (a person decides), and the list, filtered by category, severity and author, each
 * jumping to its segment.
 */
export function AnnotationsPanel({
  projectName,
  documentName,
  segments,
  annotations,
  targetTextOf,
  onGoTo,
}: AnnotationsPanelProps) {
  const { t, i18n } = useTranslation('annotation');
  const layer = useAnnotationLayer();
  const { settings } = useAnnotationSettings();
  const actions = useAnnotationActions();
  const categoryName = useCategoryName();
  const [category, setCategory] = useState(ALL);
  const [severity, setSeverity] = useState(ALL);
  const [author, setAuthor] = useState<string | undefined>(undefined);
  const [edited, setEdited] = useState<Annotation | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  // Scoring a long document takes a while: typing goes first, the panel follows.
  const shownSegments = useDeferredValue(segments);
  const current = useMemo(
    () => shownSegments.map((segment) => ({ ...segment, targetText: targetTextOf(segment) })),
    [shownSegments, targetTextOf],
  );
  const located = useMemo(
    () => locateAnnotations(current, annotations ?? []),
    [current, annotations],
  );
  const quality = useMemo(
    () => scoreDocumentQuality(current, annotations ?? [], settings.typology, settings.penalties),
    [current, annotations, settings],
  );
  const categories = new Map(settings.typology.categories.map((entry) => [entry.id, entry]));
  const nameOf = (id: string) => categoryName(categories.get(id), id);
  const authors = [...new Set(located.map(({ annotation }) => annotation.author))].sort();
  const usedCategories = [...new Set(located.map(({ annotation }) => annotation.category))];
  const placed = located.filter(({ range }) => range !== undefined);
  const unplaced = located.filter(({ range }) => range === undefined);
  const shown = placed.filter(
    ({ annotation }) =>
      (category === ALL || annotation.category === category) &&
      (severity === ALL || (annotation.severity ?? NO_SEVERITY) === severity) &&
      (author === undefined || annotation.author === author),
  );
  const quoteById = new Map(
    located.map(({ annotation, segment, range }) => [
      annotation.id,
      quoteOf(annotation, segment, range),
    ]),
  );
  const segmentsById = new Map(segments.map((segment) => [segment.id, segment]));
  const formatTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });

  const run = async (action: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(
        t('panel.actionFailed', { reason: t(storageErrorMessageKey(error), { ns: 'common' }) }),
      );
    }
  };

  const placeOnSelection = ({ annotation, segment }: LocatedAnnotation) => {
    const span = layer.readSelection()[annotation.side];
    const isInSegment = segmentsById.get(annotation.segmentId)?.id === segment.id;
    if (span === undefined || !isInSegment) {
      setProblem(t('panel.placeFailed', { number: segment.order + 1 }));
      return;
    }
    void run(() => actions.reattach(annotation.id, span));
  };

  const exported = () => ({
    projectName,
    documentName,
    segments: current,
    annotations: annotations ?? [],
    typology: settings.typology,
  });

  const linkChoice = (annotation: Annotation, quote: string) => {
    const others = placed.filter(
      (entry) =>
        entry.annotation.segmentId === annotation.segmentId &&
        entry.annotation.side !== annotation.side,
    );
    if (others.length === 0) return null;
    return (
      <select
        className="annotation-item__link-choice"
        data-action="link-annotation"
        aria-label={t('panel.linkLabel', { text: quote })}
        value=""
        onChange={(event) => {
          const other = others.find((entry) => entry.annotation.id === event.target.value);
          if (other === undefined) return;
          const [sourceId, targetId] =
            annotation.side === 'source'
              ? [annotation.id, other.annotation.id]
              : [other.annotation.id, annotation.id];
          void run(() => actions.link(sourceId, targetId));
        }}
      >
        <option value="">{t('panel.link')}</option>
        {others.map((entry) => (
          <option key={entry.annotation.id} value={entry.annotation.id}>
            {quoteById.get(entry.annotation.id) ?? entry.annotation.quote}
          </option>
        ))}
      </select>
    );
  };

  const item = ({ annotation, segment }: LocatedAnnotation, isUnplaced: boolean) => {
    const quote = quoteById.get(annotation.id) ?? annotation.quote;
    const partner =
      annotation.linkedId === undefined ? undefined : quoteById.get(annotation.linkedId);
    const number = segment.order + 1;
    const full = segmentsById.get(segment.id);
    return (
      <li
        key={annotation.id}
        className="annotation-item"
        data-annotation-item={annotation.id}
        data-category={annotation.category}
      >
        <button
          type="button"
          className="annotation-item__jump"
          aria-label={t('panel.goTo', { number })}
          onClick={() => (full === undefined ? undefined : onGoTo(full))}
        >
          <span className="annotation-item__where">
            {t('panel.segment', { number })} ·{' '}
            {t(annotation.side === 'source' ? 'sides.source' : 'sides.target')}
          </span>
          <span
            className="annotation-item__quote"
            lang={annotation.side === 'source' ? 'zh-Hans' : 'en'}
          >
            {quote}
          </span>
        </button>
        <div className="annotation-item__meta">
          <span className="annotation-item__category">{nameOf(annotation.category)}</span>
          {annotation.severity !== undefined &&
          categories.get(annotation.category)?.kind !== 'neutral' ? (
            <span className={`severity-badge severity-badge--${annotation.severity}`}>
              {t(`severities.${annotation.severity}`)}
            </span>
          ) : null}
          <span>{annotation.author === '' ? t('panel.unnamed') : annotation.author}</span>
          <time dateTime={new Date(annotation.updatedAt).toISOString()}>
            {formatTime.format(annotation.updatedAt)}
          </time>
        </div>
        {annotation.comment !== '' ? (
          <p className="annotation-item__comment">{annotation.comment}</p>
        ) : null}
        {partner !== undefined ? (
          <p className="annotation-item__link">{t('panel.linkedTo', { text: partner })}</p>
        ) : null}
        <div className="annotation-item__actions">
          {isUnplaced ? null : partner !== undefined ? (
            <button
              type="button"
              className="button button--small"
              data-action="unlink-annotation"
              aria-label={t('panel.unlinkLabel', { text: quote })}
              onClick={() => void run(() => actions.unlink(annotation.id))}
            >
              {t('panel.unlink')}
            </button>
          ) : (
            linkChoice(annotation, quote)
          )}
          {isUnplaced ? (
            <button
              type="button"
              className="button button--small"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => placeOnSelection({ annotation, segment, range: undefined })}
            >
              {t('panel.placeOnSelection')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              onClick={() => setEdited(annotation)}
            >
              {t('panel.edit')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            aria-label={isUnplaced ? undefined : t('panel.deleteLabel', { text: quote })}
            onClick={() => void run(() => actions.remove(annotation.id))}
          >
            {isUnplaced ? t('panel.discard') : t('panel.delete')}
          </button>
        </div>
      </li>
    );
  };

  return (
    <section className="side-panel annotations-panel" aria-labelledby="annotations-panel-title">
      <h2 id="annotations-panel-title">{t('panel.title')}</h2>
      <QualityScoreSummary quality={quality} penalties={settings.penalties} />
      <div className="annotations-panel__exports" role="group" aria-label={t('panel.exportTitle')}>
        <button
          type="button"
          className="button button--small"
          data-action="export-web-annotation"
          onClick={() =>
            downloadFile(
              `${documentName}.annotations.json`,
              writeWebAnnotations(exported()),
              'application/ld+json',
            )
          }
        >
          {t('panel.exportWebAnnotation')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-action="export-mqm-tsv"
          onClick={() =>
            downloadFile(
              `${documentName}.mqm.tsv`,
              writeMqmTsv(exported(), { system: projectName }),
              'text/tab-separated-values',
            )
          }
        >
          {t('panel.exportMqm')}
        </button>
      </div>
      {problem !== undefined ? (
        <p className="annotations-panel__problem" role="alert">
          {problem}
        </p>
      ) : null}
      {unplaced.length > 0 ? (
        <section
          className="annotations-panel__detached"
          role="region"
          aria-label={t('panel.detachedTitle')}
        >
          <h3>{t('panel.detachedTitle')}</h3>
          <p>{t('panel.detachedHelp')}</p>
          <ul className="annotations-panel__list">{unplaced.map((entry) => item(entry, true))}</ul>
        </section>
      ) : null}
      <div className="annotations-panel__filters">
        <label>
          {t('panel.filterCategory')}
          <select value={category} onChange={(event) => setCategory(event.target.value)}>
            <option value={ALL}>{t('panel.all')}</option>
            {usedCategories.map((id) => (
              <option key={id} value={id}>
                {nameOf(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('panel.filterSeverity')}
          <select value={severity} onChange={(event) => setSeverity(event.target.value)}>
            <option value={ALL}>{t('panel.all')}</option>
            {ANNOTATION_SEVERITIES.map((value) => (
              <option key={value} value={value}>
                {t(`severities.${value}`)}
              </option>
            ))}
            <option value={NO_SEVERITY}>{t('severities.none')}</option>
          </select>
        </label>
        <label>
          {t('panel.filterAuthor')}
          <select
            value={author === undefined ? ALL : `=${author}`}
            onChange={(event) =>
              setAuthor(event.target.value === ALL ? undefined : event.target.value.slice(1))
            }
          >
            <option value={ALL}>{t('panel.all')}</option>
            {authors.map((name) => (
              <option key={name} value={`=${name}`}>
                {name === '' ? t('panel.unnamed') : name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="annotations-panel__count" role="status">
        {t('panel.count', { count: shown.length })}
      </p>
      {placed.length === 0 ? (
        <p className="side-panel__empty">{t('panel.none')}</p>
      ) : shown.length === 0 ? (
        <p className="side-panel__empty">{t('panel.noneFiltered')}</p>
      ) : (
        <ul className="annotations-panel__list">{shown.map((entry) => item(entry, false))}</ul>
      )}
      <AnnotationSettingsSection />
      {edited !== undefined ? (
        <AnnotationDialog
          title={t('annotate.editTitle')}
          typology={settings.typology}
          annotation={edited}
          author={settings.author}
          onClose={() => setEdited(undefined)}
          onSubmit={async (draft) => {
            await actions.change(edited.id, {
              category: draft.category,
              severity: draft.severity ?? null,
              comment: draft.comment,
            });
            setEdited(undefined);
          }}
        />
      ) : null}
    </section>
  );
}

function quoteOf(
  annotation: Annotation,
  segment: { readonly source: string; readonly targetText: string },
  range: { readonly start: number; readonly end: number } | undefined,
): string {
  if (range === undefined) return annotation.quote;
  const text = annotation.side === 'source' ? segment.source : segment.targetText;
  return text.slice(range.start, range.end);
}
