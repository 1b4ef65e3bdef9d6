import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTermbaseMatcher } from '../../domain/glossary/createTermbaseMatcher';
import { termsOfEntries } from '../../domain/glossary/termsOfEntries';
import type { DocumentId, ProjectId, SegmentId } from '../../domain/ids';
import {
  SEGMENT_STATUSES,
  type BitextDocument,
  type Revision,
  type Segment,
  type SegmentStatus,
  type StoredGlossaryEntry,
} from '../../domain/model';
import { computeProgress } from '../../domain/progress/computeProgress';
import {
  plainTextFromRichText,
  richTextFromPlainText,
  type RichTextDoc,
} from '../../domain/richText';
import { nextSegmentStatus } from '../../domain/status/nextSegmentStatus';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useDatabase } from '../DatabaseContext';
import { useDocumentSegments } from '../hooks/useDocumentSegments';
import { useDocuments } from '../hooks/useDocuments';
import { useProject } from '../hooks/useProject';
import { useGlossaryEditing } from '../hooks/useGlossaryEditing';
import { useProjectEntries } from '../hooks/useProjectEntries';
import { useTermDecisions } from '../hooks/useTermDecisions';
import type { TermFindingItem } from '../glossary/TermFindingList';
import { useRestoreRevision } from '../hooks/useRevisions';
import { useTargetSaveQueue } from '../hooks/useTargetSaveQueue';
import { ChecksPanel } from '../qa/ChecksPanel';
import { createRowSelection } from '../review/createRowSelection';
import { RowSelectionProvider } from '../review/RowSelectionContext';
import { SegmentFilterBar } from '../review/SegmentFilterBar';
import { ExchangeControls } from '../exchange/ExchangeControls';
import { MemoryPanel } from './memory/MemoryPanel';
import { useMemoryMatches } from './memory/useMemoryMatches';
import { AddTermForm, type NewTerm } from './AddTermForm';
import type { AnnotationLayer } from './annotation/AnnotationContext';
import { AnnotationsPanel } from './annotation/AnnotationsPanel';
import { CommentThread } from './annotation/CommentThread';
import { LinkedSpanHighlight } from './annotation/LinkedSpanHighlight';
import { ProgressButton } from './annotation/ProgressButton';
import { useAnnotationLayerOf } from './annotation/useAnnotationLayerOf';
import { ConflictNotice } from './ConflictNotice';
import { createEditingStore } from './editing/createEditingStore';
import { EditingProvider, useFocusedSegmentId, type RowActions } from './editing/EditingContext';
import { FindBar } from './find/FindBar';
import { GoToSegmentDialog } from './find/GoToSegmentDialog';
import { GlossaryPanel } from './GlossaryPanel';
import { HistoryPanel } from './HistoryPanel';
import { matchShortcut, type MatchedShortcut } from './matchShortcut';
import { ProgressSummary } from './ProgressSummary';
import { ProjectDeletedNotice } from './ProjectDeletedNotice';
import { SaveStatusLine } from './SaveStatusLine';
import { SegmentList } from './SegmentList';
import { ShortcutSheet } from './ShortcutSheet';
import { SidePanel } from './SidePanel';
import { TermCheckPanel } from './TermCheckPanel';
import { TermTooltip } from './TermTooltip';
import { useRestoredFocus } from './useRestoredFocus';
import { useTermFindings } from './useTermFindings';
import { useSourceSelection } from './useSourceSelection';
import './notices.css';
import './translate.css';

const ANNOTATIONS_TAB = 'annotations';

interface TermDraft {
  readonly source: string;
  readonly target: string;
}

/** A save of the focused segment by someone else (another tab) while this tab has unsaved text. */
interface Conflict {
  readonly segmentId: SegmentId;
  readonly theirs: Segment;
}

export interface TranslateViewProps {
  readonly projectId: ProjectId;
  /** A segment to open the view at (from the glossary screen), instead of the one last focused. */
  readonly initialFocus?: { readonly segmentId: SegmentId; readonly documentId: DocumentId };
}

/** The translate view of a project: its document row by row, the glossary, history and autosave. */
export function TranslateView({ projectId, initialFocus }: TranslateViewProps) {
  const { t } = useTranslation('translate');
  const database = useDatabase();
  const store = useMemo(createEditingStore, []);
  const savedUpdatesRef = useRef(new Map<SegmentId, number>());
  const rememberSaved = useCallback((segment: Segment) => {
    savedUpdatesRef.current.set(segment.id, segment.updatedAt);
  }, []);
  const { queue, state: saveState } = useTargetSaveQueue(database, { onSaved: rememberSaved });

  const project = useProject(projectId);
  const projectNameRef = useRef('');
  useEffect(() => {
    if (project !== undefined) projectNameRef.current = project.name;
  }, [project]);
  const liveDocuments = useDocuments(projectId);
  const [chosenDocumentId, setChosenDocumentId] = useState<DocumentId | undefined>(
    initialFocus?.documentId,
  );
  const lastDocumentsRef = useRef<readonly BitextDocument[]>([]);
  // Documents vanish only with their project: another tab deleted it under this one.
  const isProjectDeleted = liveDocuments?.length === 0 && lastDocumentsRef.current.length > 0;
  const documents = isProjectDeleted ? lastDocumentsRef.current : liveDocuments;
  const documentId =
    documents?.find((document) => document.id === chosenDocumentId)?.id ?? documents?.[0]?.id;
  const liveRead = useDocumentSegments(isProjectDeleted ? undefined : documentId);
  const liveSegments = liveRead?.segments;
  const isComplete = isProjectDeleted || liveRead?.isComplete === true;
  const lastSegmentsRef = useRef<readonly Segment[] | undefined>(undefined);
  const segments = isProjectDeleted ? lastSegmentsRef.current : liveSegments;
  useEffect(() => {
    if (liveDocuments !== undefined && liveDocuments.length > 0) {
      lastDocumentsRef.current = liveDocuments;
    }
    if (liveSegments !== undefined && liveSegments.length > 0) {
      lastSegmentsRef.current = liveSegments;
    }
  }, [liveDocuments, liveSegments]);

  const entries = useProjectEntries(projectId);
  const allTerms = useMemo(() => termsOfEntries(entries ?? [], projectId), [entries, projectId]);
  const matcher = useMemo(() => createTermbaseMatcher(entries ?? []), [entries]);
  const glossaryEditing = useGlossaryEditing();
  const termDecisions = useTermDecisions(projectId);
  const restoreRevision = useRestoreRevision();

  const focusedId = useFocusedSegmentId(store);
  const [isShortcutSheetOpen, setIsShortcutSheetOpen] = useState(false);
  const [isFindOpen, setIsFindOpen] = useState(false);
  const [isGoToOpen, setIsGoToOpen] = useState(false);
  const [termDraft, setTermDraft] = useState<TermDraft | undefined>(undefined);
  const [termNotice, setTermNotice] = useState<string | undefined>(undefined);
  const [historyProblem, setHistoryProblem] = useState<string | undefined>(undefined);
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const [filteredIndices, setFilteredIndices] = useState<readonly number[] | undefined>(undefined);
  const shownSegments = useMemo(
    () =>
      filteredIndices === undefined || segments === undefined
        ? segments
        : filteredIndices.flatMap((index) => segments[index] ?? []),
    [segments, filteredIndices],
  );
  const shownIndex = shownSegments?.findIndex((segment) => segment.id === focusedId);
  const rowSelection = useMemo(createRowSelection, []);
  useEffect(() => {
    rowSelection.setOrder((shownSegments ?? []).map((segment) => segment.id));
  }, [rowSelection, shownSegments]);
  useEffect(() => rowSelection.clear(), [rowSelection, documentId]);
  const filteredSegmentIds = useMemo(
    () =>
      filteredIndices === undefined || shownSegments === undefined
        ? undefined
        : new Set(shownSegments.map((segment) => segment.id)),
    [filteredIndices, shownSegments],
  );

  const focusedIndex = segments?.findIndex((segment) => segment.id === focusedId);
  const focusedSegment = focusedIndex === undefined ? undefined : segments?.[focusedIndex];
  const focusedEntries = useMemo(
    (): StoredGlossaryEntry[] | undefined =>
      focusedSegment === undefined
        ? undefined
        : [...new Set(matcher.findTerms(focusedSegment.source).map((match) => match.entry))],
    [focusedSegment, matcher],
  );
  const [isCheckingAll, setIsCheckingAll] = useState(false);
  const findings = useTermFindings({
    projectId,
    documents: documents ?? [],
    documentId,
    segments,
    focusedId,
    isCheckingProject: isCheckingAll,
    matcher,
    entries,
    decisions: termDecisions.decisions,
  });
  const progress = useMemo(() => computeProgress(segments ?? []), [segments]);
  const { memory, matches: memoryMatches } = useMemoryMatches(focusedSegment?.source);

  const focus = useCallback((segmentId: SegmentId) => store.focus(segmentId), [store]);
  useRestoredFocus(documentId, isComplete ? segments : undefined, focusedId, focus);
  const pendingFocusRef = useRef(initialFocus?.segmentId);
  useEffect(() => {
    const pending = pendingFocusRef.current;
    if (pending === undefined || !isComplete || segments === undefined) return;
    if (!segments.some((segment) => segment.id === pending)) return;
    pendingFocusRef.current = undefined;
    store.focus(pending, { isEditorFocused: false });
  }, [isComplete, segments, store]);

  const segmentsRef = useRef(segments);
  const shownSegmentsRef = useRef(shownSegments);
  useEffect(() => {
    segmentsRef.current = segments;
    shownSegmentsRef.current = shownSegments;
  }, [segments, shownSegments]);

  const currentTarget = useCallback(
    (segment: Segment): RichTextDoc => store.localTarget(segment.id) ?? segment.target,
    [store],
  );
  const currentTargetText = useCallback(
    (segment: Segment): string => {
      const local = store.localTarget(segment.id);
      return local === undefined ? segment.targetText : plainTextFromRichText(local);
    },
    [store],
  );

  const flushSaves = useCallback(() => void queue.flush(), [queue]);

  const moveFocusTo = useCallback(
    (index: number, options?: { readonly isEditorFocused?: boolean }) => {
      const list = segmentsRef.current;
      if (list === undefined || list.length === 0) return;
      const next = list[Math.min(Math.max(index, 0), list.length - 1)];
      flushSaves();
      if (next !== undefined) store.focus(next.id, options);
    },
    [store, flushSaves],
  );

  // Moving goes through the segments the filter shows.
  const moveFocus = useCallback(
    (delta: number) => {
      const list = shownSegmentsRef.current;
      if (list === undefined || list.length === 0) return;
      const from = list.findIndex((segment) => segment.id === store.focusedId());
      const start = from < 0 ? (delta > 0 ? -1 : list.length) : from;
      const next = list[Math.min(Math.max(start + delta, 0), list.length - 1)];
      flushSaves();
      if (next !== undefined) store.focus(next.id);
    },
    [store, flushSaves],
  );

  const actions = useMemo<RowActions>(
    () => ({
      activate: (segment, options) => store.focus(segment.id, options),
      changeTarget: (segment, target) => {
        store.setLocalTarget(segment.id, target);
        queue.schedule(segment.id, { target, event: 'type' });
      },
      leaveTarget: flushSaves,
      changeStatus: (segment, status: SegmentStatus) => {
        queue.schedule(segment.id, { target: currentTarget(segment), status });
        flushSaves();
      },
    }),
    [store, queue, flushSaves, currentTarget],
  );

  const confirmAndNext = useCallback(() => {
    if (focusedSegment === undefined) return;
    const target = currentTarget(focusedSegment);
    const targetText = plainTextFromRichText(target);
    const status = nextSegmentStatus(focusedSegment.status, { kind: 'confirm', targetText });
    // Storage applies the same rule to the status it holds, so a status set a moment ago wins.
    if (status !== focusedSegment.status || store.localTarget(focusedSegment.id) !== undefined) {
      queue.schedule(focusedSegment.id, { target, event: 'confirm' });
    }
    moveFocus(1);
  }, [focusedSegment, currentTarget, store, queue, moveFocus]);

  const runShortcut = useCallback(
    (shortcut: MatchedShortcut) => {
      const editor = store.editorRef.current;
      switch (shortcut.action) {
        case 'showShortcuts':
          return setIsShortcutSheetOpen(true);
        case 'find':
          return setIsFindOpen(true);
        case 'goToSegment':
          return setIsGoToOpen(true);
        case 'selectAllRows':
          return isProjectDeleted ? undefined : rowSelection.selectAll();
        case 'annotate':
          return isProjectDeleted ? undefined : annotationLayerRef.current?.requestAnnotate();
        case 'confirmAndNext':
          return isProjectDeleted ? undefined : confirmAndNext();
        case 'nextSegment':
          return moveFocus(1);
        case 'previousSegment':
          return moveFocus(-1);
        case 'copySourceToTarget':
          if (focusedSegment !== undefined)
            editor?.replaceContent(richTextFromPlainText(focusedSegment.source));
          return undefined;
        case 'insertMatch': {
          const match = memoryMatches?.[(shortcut.matchNumber ?? 0) - 1];
          if (match !== undefined) editor?.replaceContent(richTextFromPlainText(match.unit.target));
          return undefined;
        }
        case 'setStatus': {
          const status = SEGMENT_STATUSES[(shortcut.statusNumber ?? 0) - 1];
          if (status !== undefined && focusedSegment !== undefined && !isProjectDeleted)
            actions.changeStatus(focusedSegment, status);
          return undefined;
        }
        case 'insertTerm': {
          const entry = focusedEntries?.[(shortcut.termNumber ?? 0) - 1];
          const rendering =
            entry?.renderings.find((candidate) => candidate.status === 'preferred') ??
            entry?.renderings.find((candidate) => candidate.status === 'admitted');
          if (rendering !== undefined) editor?.insertText(rendering.text);
          return undefined;
        }
      }
    },
    [
      store,
      actions,
      rowSelection,
      isProjectDeleted,
      confirmAndNext,
      moveFocus,
      focusedSegment,
      focusedEntries,
      memoryMatches,
    ],
  );

  const annotationLayerRef = useRef<AnnotationLayer | undefined>(undefined);
  const runShortcutRef = useRef(runShortcut);
  useEffect(() => {
    runShortcutRef.current = runShortcut;
  }, [runShortcut]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : undefined;
      const isInFormField =
        target !== undefined && target.closest('input, textarea, select, [role="dialog"]') !== null;
      const isInText = isInFormField || target?.isContentEditable === true;
      const shortcut = matchShortcut(event, isInText);
      if (shortcut === undefined) return;
      const worksInFields =
        shortcut.action === 'showShortcuts' ||
        shortcut.action === 'find' ||
        shortcut.action === 'goToSegment';
      if (isInFormField && !worksInFields) return;
      event.preventDefault();
      runShortcutRef.current(shortcut);
    };
    // Capture phase: the shortcuts win over the editor's own keymap (Mod-Enter is a hard break there).
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  // The focused segment follows saves made elsewhere (another tab) unless this tab has unsaved
  // text for it; then the translator chooses.
  const seenVersionRef = useRef<
    { id: SegmentId; updatedAt: number; targetText: string } | undefined
  >(undefined);
  useEffect(() => {
    if (focusedSegment === undefined || isProjectDeleted) return;
    const { id, updatedAt, targetText } = focusedSegment;
    const seen = seenVersionRef.current;
    seenVersionRef.current = { id, updatedAt, targetText };
    if (seen === undefined || seen.id !== id || seen.updatedAt === updatedAt) return;
    if (savedUpdatesRef.current.get(id) === updatedAt) return;
    const local = store.localTarget(id);
    // The editor shows what was typed here, else the version it started from.
    const shownText = local === undefined ? seen.targetText : plainTextFromRichText(local);
    if (shownText === targetText) return;
    if (queue.pendingSaves().has(id)) {
      setConflict({ segmentId: id, theirs: focusedSegment });
      return;
    }
    store.setLocalTarget(id, undefined);
    store.restartEditor();
  }, [focusedSegment, isProjectDeleted, store, queue]);

  // Text typed ahead of storage is dropped once storage has it (or something newer) and the
  // segment is no longer edited, so rows show what is stored, other tabs' saves included.
  useEffect(() => {
    if (segments === undefined || isProjectDeleted) return;
    const pending = queue.pendingSaves();
    for (const id of store.localTargetIds()) {
      if (id === store.focusedId() || pending.has(id)) continue;
      const segment = segments.find((candidate) => candidate.id === id);
      if (segment === undefined) continue;
      const isStored = currentTargetText(segment) === segment.targetText;
      const isOvertaken = segment.updatedAt > (savedUpdatesRef.current.get(id) ?? 0);
      if (isStored || isOvertaken) store.setLocalTarget(id, undefined);
    }
  }, [segments, focusedId, isProjectDeleted, currentTargetText, store, queue]);

  const keepMine = useCallback(() => {
    if (conflict === undefined) return;
    const mine = store.localTarget(conflict.segmentId);
    if (mine !== undefined) queue.schedule(conflict.segmentId, { target: mine, event: 'type' });
    savedUpdatesRef.current.set(conflict.segmentId, conflict.theirs.updatedAt);
    setConflict(undefined);
  }, [conflict, store, queue]);

  const takeTheirs = useCallback(() => {
    if (conflict === undefined) return;
    const { theirs } = conflict;
    // Writing their text back changes nothing stored and settles this tab's pending save.
    queue.schedule(theirs.id, { target: theirs.target });
    store.setLocalTarget(theirs.id, undefined);
    store.restartEditor();
    setConflict(undefined);
  }, [conflict, store, queue]);

  const sourceSelection = useSourceSelection(focusedId);
  const sourceOf = useCallback(
    (id: SegmentId) => segmentsRef.current?.find((segment) => segment.id === id)?.source,
    [],
  );
  const annotation = useAnnotationLayerOf(documentId, store, sourceSelection, sourceOf);
  useEffect(() => {
    annotationLayerRef.current = annotation.layer;
  }, [annotation.layer]);
  const annotatedSegmentIds = useMemo(
    () =>
      annotation.annotations === undefined || annotation.annotations.length === 0
        ? undefined
        : new Set<string>(annotation.annotations.map((item) => item.segmentId)),
    [annotation.annotations],
  );
  const selectionForTermRef = useRef<TermDraft | undefined>(undefined);
  const readSelectionForTerm = useCallback(
    (): TermDraft => ({
      source: sourceSelection.current(),
      target: store.editorRef.current?.selectedText().trim() ?? '',
    }),
    [sourceSelection, store],
  );
  const captureSelectionForTerm = useCallback(() => {
    selectionForTermRef.current = readSelectionForTerm();
  }, [readSelectionForTerm]);
  const openTermForm = useCallback(() => {
    setTermDraft(selectionForTermRef.current ?? readSelectionForTerm());
    selectionForTermRef.current = undefined;
  }, [readSelectionForTerm]);

  const closeTermForm = useCallback(() => {
    setTermDraft(undefined);
    store.editorRef.current?.focus();
  }, [store]);

  const saveTerm = useCallback(
    async (term: NewTerm) => {
      const { outcome, entry } = await glossaryEditing.addProjectTerm(projectId, {
        term: term.source,
        rendering: term.target,
        partOfSpeech: term.partOfSpeech,
        note: term.note,
      });
      setTermNotice(
        outcome === 'added'
          ? undefined
          : t(`addTerm.${outcome}`, { ns: 'glossary', term: entry.term, rendering: term.target }),
      );
      closeTermForm();
    },
    [glossaryEditing, projectId, closeTermForm, t],
  );

  const restore = useCallback(
    async (revision: Revision) => {
      setHistoryProblem(undefined);
      try {
        await queue.flush();
        const restored = await restoreRevision(revision.id);
        savedUpdatesRef.current.set(restored.id, restored.updatedAt);
        store.setLocalTarget(restored.id, restored.target);
        store.restartEditor();
      } catch (error) {
        setHistoryProblem(t(storageErrorMessageKey(error), { ns: 'common' }));
      }
    },
    [queue, restoreRevision, store, t],
  );

  const showHit = useCallback(
    (segment: Segment) => {
      flushSaves();
      store.focus(segment.id, { isEditorFocused: false });
    },
    [flushSaves, store],
  );

  const showHitById = useCallback(
    (segmentId: SegmentId) => {
      flushSaves();
      store.focus(segmentId, { isEditorFocused: false });
    },
    [flushSaves, store],
  );

  // A finding of the project's term check may sit in another document: open it, then focus.
  const showFinding = useCallback(
    (finding: TermFindingItem) => {
      if (finding.documentId === documentId) return showHitById(finding.segmentId);
      flushSaves();
      pendingFocusRef.current = finding.segmentId;
      setChosenDocumentId(finding.documentId);
      return undefined;
    },
    [documentId, flushSaves, showHitById],
  );

  const toggleDismissal = useCallback(
    async (finding: TermFindingItem) => {
      if (finding.isDismissed !== true)
        return termDecisions.record('dismissedFinding', finding.key);
      const decision = termDecisions.decisions?.find(
        (candidate) => candidate.kind === 'dismissedFinding' && candidate.key === finding.key,
      );
      if (decision !== undefined) await termDecisions.withdraw(decision);
      return undefined;
    },
    [termDecisions],
  );

  const flushBeforeBulkChange = useCallback(() => queue.flush(), [queue]);
  const followWrittenTargets = useCallback(
    (segmentIds: readonly SegmentId[]) => {
      const id = store.focusedId();
      if (id === undefined || !segmentIds.includes(id)) return;
      store.setLocalTarget(id, undefined);
      store.restartEditor();
    },
    [store],
  );

  const closeFind = useCallback(() => {
    setIsFindOpen(false);
    store.editorRef.current?.focus();
  }, [store]);

  if (documents === undefined || (documentId !== undefined && segments === undefined)) {
    return (
      <p className="translate-view__message" role="status">
        {t('loading')}
      </p>
    );
  }
  if (documentId === undefined || segments === undefined) {
    return <p className="translate-view__message">{t('noDocument')}</p>;
  }

  return (
    <EditingProvider
      store={store}
      actions={actions}
      isReadOnly={isProjectDeleted}
      annotationLayer={annotation.layer}
    >
      <RowSelectionProvider selection={rowSelection}>
        <div className="translate-view">
          <header className="translate-header">
            {documents.length > 1 ? (
              <label className="translate-header__document">
                {t('documentPicker')}
                <select
                  value={documentId}
                  onChange={(event) =>
                    setChosenDocumentId(
                      documents.find((document) => document.id === event.target.value)?.id,
                    )
                  }
                >
                  {documents.map((document) => (
                    <option key={document.id} value={document.id}>
                      {document.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {isComplete ? <ProgressSummary progress={progress} /> : null}
            <SaveStatusLine state={saveState} />
            <ProgressButton projectId={projectId} documentId={documentId} />
            <ExchangeControls
              projectId={projectId}
              documentId={documentId}
              documentName={documents.find((document) => document.id === documentId)?.name ?? ''}
              documentCount={documents.length}
              beforeExport={() => queue.flush()}
              filteredSegmentIds={filteredSegmentIds}
              onImported={(importedProjectId, importedDocumentId) => {
                if (importedProjectId === projectId) setChosenDocumentId(importedDocumentId);
              }}
            />
            <button
              type="button"
              className="button button--quiet"
              aria-keyshortcuts="F1"
              onClick={() => setIsShortcutSheetOpen(true)}
            >
              {t('shortcuts.open')}
            </button>
          </header>
          {isProjectDeleted ? (
            <ProjectDeletedNotice
              projectName={projectNameRef.current}
              segments={segments}
              targetOf={currentTarget}
            />
          ) : null}
          {conflict !== undefined && conflict.segmentId === focusedId ? (
            <ConflictNotice
              segmentNumber={conflict.theirs.order + 1}
              theirText={conflict.theirs.targetText}
              onKeepMine={keepMine}
              onTakeTheirs={takeTheirs}
            />
          ) : null}
          {isFindOpen ? (
            <FindBar
              segments={segments}
              targetTextOf={currentTargetText}
              onGoTo={showHit}
              onClose={closeFind}
              {...(isProjectDeleted
                ? {}
                : {
                    replace: {
                      targetOf: currentTarget,
                      beforeChange: flushBeforeBulkChange,
                      onChanged: followWrittenTargets,
                    },
                  })}
            />
          ) : null}
          <SegmentFilterBar
            projectId={projectId}
            segments={segments}
            targetTextOf={currentTargetText}
            {...(annotatedSegmentIds === undefined ? {} : { annotatedSegmentIds })}
            onFilter={setFilteredIndices}
            beforeBulkChange={flushBeforeBulkChange}
            isReadOnly={isProjectDeleted}
          />
          <div className="translate-body">
            <SegmentList
              segments={shownSegments ?? segments}
              focusedIndex={shownIndex === undefined || shownIndex < 0 ? undefined : shownIndex}
              terms={allTerms}
              matcher={matcher}
            />
            <SidePanel
              childrenLabel={t('panel.segmentTab', { ns: 'annotation' })}
              tabs={[
                {
                  id: ANNOTATIONS_TAB,
                  label: t('panel.tab', { ns: 'annotation' }),
                  content: (
                    <AnnotationsPanel
                      projectName={project?.name ?? projectNameRef.current}
                      documentName={documents.find((entry) => entry.id === documentId)?.name ?? ''}
                      segments={segments}
                      annotations={annotation.annotations}
                      targetTextOf={currentTargetText}
                      onGoTo={showHit}
                    />
                  ),
                },
              ]}
            >
              <GlossaryPanel
                entries={focusedEntries}
                onInsert={(rendering) => store.editorRef.current?.insertText(rendering)}
                onAddTermPressed={captureSelectionForTerm}
                onAddTerm={openTermForm}
                notice={termNotice}
              />
              {termDraft !== undefined ? (
                <AddTermForm
                  key={`${termDraft.source}\u0000${termDraft.target}`}
                  initialSource={termDraft.source}
                  initialTarget={termDraft.target}
                  onSubmit={saveTerm}
                  onCancel={closeTermForm}
                />
              ) : null}
              <TermCheckPanel
                findings={findings}
                focusedSegmentId={focusedSegment?.id}
                onScopeChange={(scope) => setIsCheckingAll(scope === 'project')}
                onGoTo={showFinding}
                onDismiss={(finding) => void toggleDismissal(finding)}
              />
              <ChecksPanel
                projectId={projectId}
                segments={segments}
                focusedSegment={focusedSegment}
                targetTextOf={currentTargetText}
                onGoTo={showHit}
              />
              <MemoryPanel
                memory={memory}
                sentence={focusedSegment?.source}
                matches={memoryMatches}
                onInsert={(match) =>
                  store.editorRef.current?.replaceContent(richTextFromPlainText(match.unit.target))
                }
              />
              <HistoryPanel
                segmentId={focusedSegment?.id}
                onRestore={(revision) => void restore(revision)}
                problem={historyProblem}
              />
              <CommentThread segmentId={focusedSegment?.id} />
            </SidePanel>
          </div>
          {isShortcutSheetOpen ? (
            <ShortcutSheet onClose={() => setIsShortcutSheetOpen(false)} />
          ) : null}
          {isGoToOpen ? (
            <GoToSegmentDialog
              segmentCount={segments.length}
              onGoTo={(index) => {
                setIsGoToOpen(false);
                moveFocusTo(index);
              }}
              onClose={() => setIsGoToOpen(false)}
            />
          ) : null}
          <TermTooltip />
          <LinkedSpanHighlight />
        </div>
      </RowSelectionProvider>
    </EditingProvider>
  );
}
