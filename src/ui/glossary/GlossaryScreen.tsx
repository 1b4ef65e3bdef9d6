import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createGlossarySearch } from '../../domain/glossary/createGlossarySearch';
import { createTermbaseMatcher } from '../../domain/glossary/createTermbaseMatcher';
import { findEntryOfTerm } from '../../domain/glossary/findEntryOfTerm';
import {
  PARTS_OF_SPEECH,
  type GlossaryConcept,
  type PartOfSpeech,
  type TermStatus,
} from '../../domain/glossary/glossaryEntry';
import { sortGlossaryEntries, type GlossarySort } from '../../domain/glossary/sortGlossaryEntries';
import type { GlossaryEntryId, GlossaryId, ProjectId } from '../../domain/ids';
import type { SegmentFocus } from '../app/workbenchScreen';
import type { Segment, StoredGlossaryEntry } from '../../domain/model';
import { useGlossaries } from '../hooks/useGlossaries';
import { useGlossaryEditing } from '../hooks/useGlossaryEditing';
import { useGlossaryEntries } from '../hooks/useGlossaryEntries';
import { useProject } from '../hooks/useProject';
import { useProjectGlossaryIds } from '../hooks/useProjectGlossaryIds';
import { useDocuments } from '../hooks/useDocuments';
import { useProjectSegments } from '../hooks/useProjectSegments';
import { AddEntryForm, type NewGlossaryEntry } from './AddEntryForm';
import { GlossaryExportControl } from './GlossaryExportControl';
import { GlossaryImportDialog } from './GlossaryImportDialog';
import { GlossaryPicker } from './GlossaryPicker';
import { glossaryProblemKey } from './glossaryProblemKey';
import { GlossaryTable, type GlossaryEditing } from './GlossaryTable';
import { TermCandidateReview } from './TermCandidateReview';
import './glossary.css';
import { glossaryDisplayName } from './glossaryDisplayName';
import { TermStatusSelect } from './TermStatusSelect';

export interface GlossaryScreenProps {
  /** The open project: where entries occur, which glossaries it uses, its candidates. */
  readonly projectId: ProjectId | undefined;
  readonly onGoToSegment: (focus: SegmentFocus) => void;
}

const TABS = ['entries', 'candidates'] as const;
type Tab = (typeof TABS)[number];
const NO_PART_OF_SPEECH = 'none';
const NO_SEGMENTS: readonly Segment[] = [];

/**
 * The glossary screen: the entries of one glossary in a sortable, filterable, searchable table
 * edited in place; import and export; which glossaries the open project uses; where each entry
 * occurs in the project; and the project's term candidates to review.
 */
export function GlossaryScreen({ projectId, onGoToSegment }: GlossaryScreenProps) {
  const { t } = useTranslation('glossary');
  const editing = useGlossaryEditing();
  const glossaries = useGlossaries();
  const project = useProject(projectId ?? ('' as ProjectId));
  const projectGlossaryIds = useProjectGlossaryIds(projectId);
  const segments = useProjectSegments(projectId);
  const documents = useDocuments(projectId);
  const documentNames = useMemo(
    () =>
      documents === undefined || documents.length < 2
        ? undefined
        : new Map(documents.map((document) => [document.id, document.name])),
    [documents],
  );
  const [chosenGlossaryId, setChosenGlossaryId] = useState<GlossaryId | undefined>(undefined);
  const glossaryId =
    glossaries?.find((glossary) => glossary.id === chosenGlossaryId)?.id ??
    projectGlossaryIds?.find((id) => glossaries?.some((glossary) => glossary.id === id)) ??
    glossaries?.[0]?.id;
  const glossary = glossaries?.find((candidate) => candidate.id === glossaryId);
  const entries = useGlossaryEntries(glossaryId);

  const [tab, setTab] = useState<Tab>('entries');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [statusFilter, setStatusFilter] = useState<TermStatus | ''>('');
  const [domainFilter, setDomainFilter] = useState('');
  const [partOfSpeechFilter, setPartOfSpeechFilter] = useState<PartOfSpeech | 'none' | ''>('');
  const [sort, setSort] = useState<GlossarySort>({ column: 'term', isDescending: false });
  const [edited, setEdited] = useState<GlossaryEditing | undefined>(undefined);
  const [deleted, setDeleted] = useState<StoredGlossaryEntry | undefined>(undefined);
  const [revealedId, setRevealedId] = useState<GlossaryEntryId | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [isImporting, setIsImporting] = useState(false);

  const allEntries = useMemo(() => entries ?? [], [entries]);
  const search = useMemo(() => createGlossarySearch(allEntries), [allEntries]);
  const occurrences = useMemo(() => {
    const found = new Map<string, Segment[]>();
    if (segments === undefined || segments.length === 0) return found;
    const matcher = createTermbaseMatcher(allEntries);
    for (const segment of segments)
      for (const entry of new Set(matcher.findTerms(segment.source).map((match) => match.entry))) {
        const list = found.get(entry.id) ?? [];
        list.push(segment);
        found.set(entry.id, list);
      }
    return found;
  }, [allEntries, segments]);
  const occurrencesOf = useCallback(
    (entry: StoredGlossaryEntry) => occurrences.get(entry.id) ?? NO_SEGMENTS,
    [occurrences],
  );
  const domains = useMemo(
    () =>
      [
        ...new Set(allEntries.map((entry) => entry.domain).filter((domain) => domain !== '')),
      ].sort(),
    [allEntries],
  );
  const shown = useMemo(() => {
    const found = search(deferredQuery).filter(
      (entry) =>
        (statusFilter === '' ||
          entry.renderings.some((rendering) => rendering.status === statusFilter)) &&
        (domainFilter === '' || entry.domain === domainFilter) &&
        (partOfSpeechFilter === '' ||
          (partOfSpeechFilter === NO_PART_OF_SPEECH
            ? entry.partOfSpeech === undefined
            : entry.partOfSpeech === partOfSpeechFilter)),
    );
    return sortGlossaryEntries(found, sort, (entry) => occurrencesOf(entry).length);
  }, [search, deferredQuery, statusFilter, domainFilter, partOfSpeechFilter, sort, occurrencesOf]);

  const showProblem = (error: unknown) => setProblem(t(glossaryProblemKey(error)));

  const addEntry = async (input: NewGlossaryEntry): Promise<boolean> => {
    if (glossary === undefined) return false;
    setProblem(undefined);
    const existing = findEntryOfTerm(allEntries, { term: input.term, variants: [] });
    if (existing !== undefined) {
      // The term is there: its entry opens with the new rendering added, to review and save.
      const known = existing.renderings.findIndex(
        (rendering) => rendering.text === input.rendering,
      );
      const renderings =
        known >= 0
          ? existing.renderings
          : [
              ...existing.renderings,
              {
                text: input.rendering,
                status:
                  input.status === 'preferred' &&
                  existing.renderings.some((rendering) => rendering.status === 'preferred')
                    ? ('admitted' as const)
                    : input.status,
                note: '',
              },
            ];
      setQuery('');
      setStatusFilter('');
      setDomainFilter('');
      setPartOfSpeechFilter('');
      setEdited({
        entryId: existing.id,
        draft: { ...existing, renderings },
        focusRendering: known >= 0 ? known : renderings.length - 1,
      });
      setNotice(t('add.existing', { term: existing.term }));
      return true;
    }
    try {
      const added = await editing.addEntry(glossary.id, {
        term: input.term,
        variants: [],
        renderings: [{ text: input.rendering, status: input.status, note: '' }],
        partOfSpeech: input.partOfSpeech,
        definition: '',
        note: '',
        domain: input.domain,
        source: '',
        createdAt: undefined,
        changedAt: undefined,
      });
      setNotice(t('add.added', { term: input.term }));
      setRevealedId(added.id);
      return true;
    } catch (error) {
      showProblem(error);
      return false;
    }
  };

  const saveEntry = useCallback(
    async (entry: StoredGlossaryEntry, concept: GlossaryConcept) => {
      await editing.saveEntry({
        ...entry,
        ...concept,
        id: entry.id,
        glossaryId: entry.glossaryId,
        createdAt: entry.createdAt,
        changedAt: entry.changedAt,
      });
      setEdited(undefined);
      setNotice(undefined);
    },
    [editing],
  );
  const editEntry = useCallback(
    (entry: StoredGlossaryEntry) => setEdited({ entryId: entry.id, draft: entry }),
    [],
  );
  // The notice that opened the editor ("… is in the glossary already") goes with it.
  const cancelEdit = useCallback(() => {
    setEdited(undefined);
    setNotice(undefined);
  }, []);
  const deleteEntry = useCallback(
    (entry: StoredGlossaryEntry) => {
      setProblem(undefined);
      editing.deleteEntry(entry.id).then(
        (removed) => {
          setDeleted(removed);
          setNotice(undefined);
        },
        (error: unknown) => setProblem(t(glossaryProblemKey(error))),
      );
    },
    [editing, t],
  );
  // The deleted row took the focus with it: it goes to Undo, one key away from taking it back.
  const undoButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted !== undefined) undoButtonRef.current?.focus();
  }, [deleted]);
  const undoDelete = async () => {
    if (deleted === undefined) return;
    try {
      await editing.restoreEntry(deleted);
      setDeleted(undefined);
    } catch (error) {
      showProblem(error);
    }
  };

  if (glossaries === undefined) return <p className="main-placeholder">{t('loading')}</p>;

  return (
    <div className="glossary-screen" data-role="glossary-screen">
      <header className="glossary-screen__header">
        <h1 className="glossary-screen__title">{t('title')}</h1>
        <GlossaryPicker
          glossaries={glossaries}
          glossaryId={glossaryId}
          onChoose={(id) => {
            setChosenGlossaryId(id);
            setEdited(undefined);
          }}
          project={project}
          projectGlossaryIds={projectGlossaryIds}
          onProblem={showProblem}
        />
      </header>
      <div className="segmented glossary-screen__tabs" role="tablist" aria-label={t('tabs.label')}>
        {TABS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={tab === value}
            className={
              tab === value ? 'segmented-option segmented-option--current' : 'segmented-option'
            }
            data-tab={value}
            onClick={() => setTab(value)}
          >
            {t(`tabs.${value}`)}
          </button>
        ))}
      </div>
      {problem !== undefined ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {tab === 'candidates' ? (
        <TermCandidateReview
          projectId={projectId}
          segments={segments ?? NO_SEGMENTS}
          glossaries={glossaries}
          projectGlossaryIds={projectGlossaryIds ?? []}
        />
      ) : glossary === undefined ? (
        <p className="glossary-table__empty">{t('noGlossary')}</p>
      ) : (
        <>
          <div className="glossary-toolbar">
            <input
              type="search"
              className="text-input glossary-toolbar__search"
              aria-label={t('search.label')}
              placeholder={t('search.placeholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <TermStatusSelect
              className="text-input"
              aria-label={t('filter.status')}
              emptyLabel={t('filter.anyStatus')}
              value={statusFilter === '' ? undefined : statusFilter}
              onChange={(status) => setStatusFilter(status ?? '')}
            />
            <select
              className="text-input"
              aria-label={t('filter.domain')}
              value={domainFilter}
              onChange={(event) => setDomainFilter(event.target.value)}
            >
              <option value="">{t('filter.anyDomain')}</option>
              {domains.map((domain) => (
                <option key={domain} value={domain}>
                  {domain}
                </option>
              ))}
            </select>
            <select
              className="text-input"
              aria-label={t('filter.partOfSpeech')}
              value={partOfSpeechFilter}
              onChange={(event) => {
                const value = event.target.value;
                setPartOfSpeechFilter(
                  value === 'none'
                    ? 'none'
                    : (PARTS_OF_SPEECH.find((part) => part === value) ?? ''),
                );
              }}
            >
              <option value="">{t('filter.anyPartOfSpeech')}</option>
              <option value={NO_PART_OF_SPEECH}>{t('partOfSpeech.none')}</option>
              {PARTS_OF_SPEECH.map((value) => (
                <option key={value} value={value}>
                  {t(`partOfSpeech.${value}`)}
                </option>
              ))}
            </select>
            <span className="glossary-toolbar__count" role="status">
              {t('table.count', { shown: shown.length, count: allEntries.length })}
            </span>
            <span className="glossary-toolbar__spacer" />
            <button
              type="button"
              className="button button--small"
              data-action="import-glossary"
              onClick={() => setIsImporting(true)}
            >
              {t('import.open')}
            </button>
            <GlossaryExportControl glossary={glossary} entries={allEntries} />
          </div>
          <AddEntryForm onAdd={addEntry} />
          {deleted !== undefined ? (
            <div className="glossary-notice" role="status" data-role="undo-delete">
              {t('deleted.message', { term: deleted.term })}
              <button
                type="button"
                className="button button--small"
                data-action="undo-delete"
                ref={undoButtonRef}
                onClick={() => void undoDelete()}
              >
                {t('deleted.undo')}
              </button>
            </div>
          ) : notice !== undefined ? (
            <div className="glossary-notice" role="status">
              {notice}
            </div>
          ) : null}
          <GlossaryTable
            entries={shown}
            sort={sort}
            onSort={setSort}
            occurrencesOf={projectId === undefined ? undefined : occurrencesOf}
            documentNames={documentNames}
            editing={edited}
            revealedId={revealedId}
            onEdit={editEntry}
            onSave={saveEntry}
            onCancel={cancelEdit}
            onDelete={deleteEntry}
            onGoToSegment={(segment) =>
              onGoToSegment({ segmentId: segment.id, documentId: segment.documentId })
            }
          />
          {isImporting ? (
            <GlossaryImportDialog
              glossary={glossary}
              entries={allEntries}
              onClose={() => setIsImporting(false)}
              onImported={(written) => {
                setIsImporting(false);
                setNotice(
                  t('import.done', { count: written, name: glossaryDisplayName(glossary, t) }),
                );
              }}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
