import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listDocuments, listSegments, restoreRevision } from '../../db/segmentRepository';
import { addTerm, listTerms, type NewTerm } from '../../db/termRepository';
import type { DocumentId, ProjectId, SegmentId } from '../../domain/ids';
import type { Revision, Segment, SegmentStatus, Term } from '../../domain/model';
import { computeProgress } from '../../domain/progress/computeProgress';
import {
  plainTextFromRichText,
  richTextFromPlainText,
  type RichTextDoc,
} from '../../domain/richText';
import type { TargetEditorHandle } from '../../editor/TargetEditor';
import { useDatabase } from '../DatabaseContext';
import { AddTermForm } from './AddTermForm';
import { findSegmentTerms } from './findSegmentTerms';
import { GlossaryPanel } from './GlossaryPanel';
import { HistoryPanel } from './HistoryPanel';
import { matchShortcut, type MatchedShortcut } from './matchShortcut';
import { ProgressSummary } from './ProgressSummary';
import { SaveStatusLine } from './SaveStatusLine';
import { SegmentList } from './SegmentList';
import { ShortcutSheet } from './ShortcutSheet';
import { SidePanel } from './SidePanel';
import { TermTooltip } from './TermTooltip';
import { useRestoredFocus } from './useRestoredFocus';
import { useTargetSaveQueue } from './useTargetSaveQueue';
import './translate.css';

const CONFIRMABLE_STATUSES: ReadonlySet<SegmentStatus> = new Set(['new', 'draft']);

interface TermDraft {
  readonly source: string;
  readonly target: string;
}

/** The translate view of a project: its document row by row, the glossary, history and autosave. */
export function TranslateView({ projectId }: { projectId: ProjectId }) {
  const { t } = useTranslation('translate');
  const database = useDatabase();
  const { queue, state: saveState } = useTargetSaveQueue(database);

  const documents = useLiveQuery(() => listDocuments(database, projectId), [database, projectId]);
  const [chosenDocumentId, setChosenDocumentId] = useState<DocumentId | undefined>(undefined);
  const documentId =
    documents?.find((document) => document.id === chosenDocumentId)?.id ?? documents?.[0]?.id;
  const segments = useLiveQuery(
    () =>
      documentId === undefined ? Promise.resolve(undefined) : listSegments(database, documentId),
    [database, documentId],
  );
  const terms = useLiveQuery(() => listTerms(database, projectId), [database, projectId]);
  const allTerms = useMemo(() => terms ?? [], [terms]);

  const [focusedId, setFocusedId] = useState<SegmentId | undefined>(undefined);
  const [localTargets, setLocalTargets] = useState<ReadonlyMap<SegmentId, RichTextDoc>>(
    () => new Map(),
  );
  const [editorGeneration, setEditorGeneration] = useState(0);
  const [isShortcutSheetOpen, setIsShortcutSheetOpen] = useState(false);
  const [termDraft, setTermDraft] = useState<TermDraft | undefined>(undefined);
  const [historyProblem, setHistoryProblem] = useState<string | undefined>(undefined);
  const editorHandleRef = useRef<TargetEditorHandle>(null);

  const focusedIndex = segments?.findIndex((segment) => segment.id === focusedId);
  const focusedSegment = focusedIndex === undefined ? undefined : segments?.[focusedIndex];
  const focusedTerms = useMemo(
    () =>
      focusedSegment === undefined ? undefined : findSegmentTerms(focusedSegment.source, allTerms),
    [focusedSegment, allTerms],
  );
  const progress = useMemo(() => computeProgress(segments ?? []), [segments]);

  const activate = useCallback((segment: Segment) => setFocusedId(segment.id), []);
  useRestoredFocus(documentId, segments, focusedId, setFocusedId);

  const changeTarget = useCallback(
    (segment: Segment, target: RichTextDoc) => {
      setLocalTargets((previous) => new Map(previous).set(segment.id, target));
      // Any edit makes the segment a draft again; a confirmed state stays in its history.
      queue.schedule(segment.id, { target, status: 'draft' });
    },
    [queue],
  );

  const flushSaves = useCallback(() => void queue.flush(), [queue]);

  const moveFocus = useCallback(
    (delta: number) => {
      if (segments === undefined || segments.length === 0) return;
      const from =
        focusedIndex === undefined || focusedIndex < 0
          ? delta > 0
            ? -1
            : segments.length
          : focusedIndex;
      const next = segments[Math.min(Math.max(from + delta, 0), segments.length - 1)];
      flushSaves();
      if (next !== undefined) setFocusedId(next.id);
    },
    [segments, focusedIndex, flushSaves],
  );

  const confirmAndNext = useCallback(() => {
    if (focusedSegment === undefined) return;
    const target = localTargets.get(focusedSegment.id) ?? focusedSegment.target;
    const isEmpty = plainTextFromRichText(target).trim() === '';
    if (CONFIRMABLE_STATUSES.has(focusedSegment.status) && !isEmpty) {
      queue.schedule(focusedSegment.id, { target, status: 'translated' });
    }
    moveFocus(1);
  }, [focusedSegment, localTargets, queue, moveFocus]);

  const localTargetsRef = useRef(localTargets);
  useEffect(() => {
    localTargetsRef.current = localTargets;
  }, [localTargets]);

  const changeStatus = useCallback(
    (segment: Segment, status: SegmentStatus) => {
      const target = localTargetsRef.current.get(segment.id) ?? segment.target;
      queue.schedule(segment.id, { target, status });
      flushSaves();
    },
    [queue, flushSaves],
  );

  const runShortcut = useCallback(
    (shortcut: MatchedShortcut) => {
      switch (shortcut.action) {
        case 'showShortcuts':
          return setIsShortcutSheetOpen(true);
        case 'confirmAndNext':
          return confirmAndNext();
        case 'nextSegment':
          return moveFocus(1);
        case 'previousSegment':
          return moveFocus(-1);
        case 'copySourceToTarget':
          if (focusedSegment !== undefined)
            editorHandleRef.current?.replaceContent(richTextFromPlainText(focusedSegment.source));
          return undefined;
        case 'insertTerm': {
          const term = focusedTerms?.[(shortcut.termNumber ?? 0) - 1];
          if (term !== undefined) editorHandleRef.current?.insertText(term.target);
          return undefined;
        }
      }
    },
    [confirmAndNext, moveFocus, focusedSegment, focusedTerms],
  );

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
      if (isInFormField && shortcut.action !== 'showShortcuts') return;
      event.preventDefault();
      runShortcutRef.current(shortcut);
    };
    // Capture phase: the shortcuts win over the editor's own keymap (Mod-Enter is a hard break there).
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);

  const selectionForTermRef = useRef<TermDraft | undefined>(undefined);
  const readSelectionForTerm = useCallback((): TermDraft => {
    const selection = window.getSelection();
    const anchor = selection?.anchorNode;
    const anchorElement = anchor instanceof Element ? anchor : anchor?.parentElement;
    const isInSource = anchorElement?.closest('[data-role="source"]') != null;
    return {
      source: isInSource ? (selection?.toString().trim() ?? '') : '',
      target: editorHandleRef.current?.selectedText().trim() ?? '',
    };
  }, []);
  const captureSelectionForTerm = useCallback(() => {
    selectionForTermRef.current = readSelectionForTerm();
  }, [readSelectionForTerm]);
  const openTermForm = useCallback(() => {
    setTermDraft(selectionForTermRef.current ?? readSelectionForTerm());
    selectionForTermRef.current = undefined;
  }, [readSelectionForTerm]);

  const closeTermForm = useCallback(() => {
    setTermDraft(undefined);
    editorHandleRef.current?.focus();
  }, []);

  const saveTerm = useCallback(
    async (term: NewTerm) => {
      await addTerm(database, projectId, term);
      closeTermForm();
    },
    [database, projectId, closeTermForm],
  );

  const restore = useCallback(
    async (revision: Revision) => {
      setHistoryProblem(undefined);
      try {
        await queue.flush();
        const restored = await restoreRevision(database, revision.id);
        setLocalTargets((previous) => new Map(previous).set(restored.id, restored.target));
        setEditorGeneration((generation) => generation + 1);
      } catch (error) {
        setHistoryProblem(
          t('history.failed', { reason: error instanceof Error ? error.message : String(error) }),
        );
      }
    },
    [database, queue, t],
  );

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
        <ProgressSummary progress={progress} />
        <SaveStatusLine state={saveState} />
        <button
          type="button"
          className="button button--quiet"
          aria-keyshortcuts="F1"
          onClick={() => setIsShortcutSheetOpen(true)}
        >
          {t('shortcuts.open')}
        </button>
      </header>
      <div className="translate-body">
        <SegmentList
          segments={segments}
          localTargets={localTargets}
          focusedIndex={focusedIndex === undefined || focusedIndex < 0 ? undefined : focusedIndex}
          terms={allTerms}
          editorGeneration={editorGeneration}
          editorHandleRef={editorHandleRef}
          onActivate={activate}
          onTargetChange={changeTarget}
          onTargetBlur={flushSaves}
          onStatusChange={changeStatus}
        />
        <SidePanel>
          <GlossaryPanel
            terms={focusedTerms}
            onInsert={(term: Term) => editorHandleRef.current?.insertText(term.target)}
            onAddTermPressed={captureSelectionForTerm}
            onAddTerm={openTermForm}
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
          <HistoryPanel
            segmentId={focusedSegment?.id}
            onRestore={(revision) => void restore(revision)}
            problem={historyProblem}
          />
        </SidePanel>
      </div>
      {isShortcutSheetOpen ? <ShortcutSheet onClose={() => setIsShortcutSheetOpen(false)} /> : null}
      <TermTooltip />
    </div>
  );
}
