import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BeadList, BeadListChange } from '../../domain/alignmentEditing/beadListTypes';
import { beadSentenceRanges } from '../../domain/alignmentEditing/beadSentenceRanges';
import { editSentence } from '../../domain/alignmentEditing/editSentence';
import { splitSentence } from '../../domain/alignmentEditing/splitSentence';
import type { AlignmentWarning } from '../../domain/alignment/engine/alignmentAssessment';
import type { BeadKind } from '../../domain/alignmentEditing/beadMatchesKind';
import { findNextBead } from '../../domain/alignmentEditing/findNextBead';
import { summarizeBeadList } from '../../domain/alignmentEditing/summarizeBeadList';
import type { AlignmentId, ProjectId } from '../../domain/ids';
import { useAlignmentSession } from '../hooks/useAlignmentSession';
import type { AlignmentCursor, AlignmentSide } from './alignmentCursor';
import { matchAlignmentShortcut, type AlignmentCommand } from './alignmentCommands';
import { AlignmentPlot } from './AlignmentPlot';
import { AlignmentExportMenu } from './AlignmentExportMenu';
import { AlignmentToolbar } from './AlignmentToolbar';
import { AlignmentWarnings } from './AlignmentWarnings';
import { BeadFilterBar } from './BeadFilterBar';
import { BeadGrid, type BeadGridHandle } from './BeadGrid';
import { commandChange, EDIT_COMMANDS, type EditCommand } from './commandChange';
import { describeAlignmentFailure } from '../app/describeAlignmentFailure';
import { downloadBeadListTsv } from './downloadBeadListTsv';
import { SentenceEditor } from './SentenceEditor';
import { beadMatchesFilters, type BeadFilters } from './beadFilters';
import { useRealign } from './useRealign';
import { useSaveAlignmentAsProject } from '../hooks/useSaveAlignmentAsProject';

interface AlignmentEditorProps {
  readonly alignmentId: AlignmentId;
  readonly onProjectCreated: (projectId: ProjectId) => void;
}

const NAVIGATION: Partial<Record<AlignmentCommand, { direction: 1 | -1; kind: BeadKind }>> = {
  'next-low-confidence': { direction: 1, kind: 'low-confidence' },
  'previous-low-confidence': { direction: -1, kind: 'low-confidence' },
  'next-unconfirmed': { direction: 1, kind: 'unconfirmed' },
  'previous-unconfirmed': { direction: -1, kind: 'unconfirmed' },
  'next-not-one-to-one': { direction: 1, kind: 'not-one-to-one' },
  'previous-not-one-to-one': { direction: -1, kind: 'not-one-to-one' },
};

const STORE = 'store';

const NO_FILTERS: BeadFilters = { lowConfidence: false, unconfirmed: false, notOneToOne: false };

/**
 * The review and correction of a stored alignment: a grid of beads beside a ladder plot, a
 * toolbar and keys for every correction, undo and redo kept in storage, a realignment of what
 * lies between confirmed beads, and the ways out (a project, a TSV file).
 */
export function AlignmentEditor({ alignmentId, onProjectCreated }: AlignmentEditorProps) {
  const { t } = useTranslation('alignment');
  const session = useAlignmentSession(alignmentId);
  if (session.status === 'loading')
    return (
      <div className="main-placeholder" role="status">
        {t('editor.loading')}
      </div>
    );
  if (session.status === 'unreadable')
    return (
      <div className="main-placeholder" role="alert">
        {describeAlignmentFailure(t, session.error, STORE)}
      </div>
    );
  if (session.status === 'missing')
    return (
      <div className="main-placeholder" role="alert">
        {t('errors.deletedElsewhere')}
      </div>
    );
  return (
    <LoadedAlignmentEditor
      name={session.alignment.name}
      warnings={session.alignment.warnings ?? []}
      alignmentId={alignmentId}
      list={session.list}
      canUndo={session.canUndo}
      canRedo={session.canRedo}
      failure={session.failure}
      apply={session.apply}
      undo={session.undo}
      redo={session.redo}
      onProjectCreated={onProjectCreated}
    />
  );
}

interface LoadedAlignmentEditorProps {
  readonly name: string;
  readonly warnings: readonly AlignmentWarning[];
  readonly alignmentId: AlignmentId;
  readonly list: BeadList;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly failure: unknown;
  readonly apply: (change: BeadListChange) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly onProjectCreated: (projectId: ProjectId) => void;
}

function LoadedAlignmentEditor({
  name,
  warnings,
  alignmentId,
  list,
  canUndo,
  canRedo,
  failure,
  apply,
  undo,
  redo,
  onProjectCreated,
}: LoadedAlignmentEditorProps) {
  const { t } = useTranslation('alignment');
  const gridRef = useRef<BeadGridHandle>(null);
  const [cursor, setCursor] = useState<AlignmentCursor>({
    beadIndex: 0,
    side: 'source',
    sentence: undefined,
  });
  const [filters, setFilters] = useState<BeadFilters>(NO_FILTERS);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [isEditingSentence, setIsEditingSentence] = useState(false);
  const realign = useRealign();
  const saveAsProject = useSaveAlignmentAsProject();
  const [isBusy, setIsBusy] = useState(false);

  const ranges = useMemo(() => beadSentenceRanges(list), [list]);
  const summary = useMemo(() => summarizeBeadList(list), [list]);
  const visibleBeads = useMemo(() => {
    const isFiltered = filters.lowConfidence || filters.unconfirmed || filters.notOneToOne;
    if (!isFiltered) return undefined;
    return list.beads.flatMap((bead, index) => (beadMatchesFilters(bead, filters) ? [index] : []));
  }, [list.beads, filters]);

  const beadCount = list.beads.length;
  const cursorBead = Math.min(cursor.beadIndex, Math.max(0, beadCount - 1));
  const cursorHere: AlignmentCursor = { ...cursor, beadIndex: cursorBead };

  const moveTo = useCallback((beadIndex: number, side?: AlignmentSide, sentence?: number) => {
    setCursor((current) => ({
      beadIndex,
      side: side ?? current.side,
      sentence,
    }));
    gridRef.current?.scrollToBead(beadIndex);
  }, []);

  const select = useCallback(
    (beadIndex: number, side: AlignmentSide, sentence: number | undefined) => {
      setCursor({ beadIndex, side, sentence });
      gridRef.current?.focus();
    },
    [],
  );

  function stepBead(direction: 1 | -1) {
    if (visibleBeads === undefined) {
      const next = cursorBead + direction;
      if (next >= 0 && next < beadCount) moveTo(next);
      return;
    }
    const position = visibleBeads.findIndex((index) =>
      direction === 1 ? index > cursorBead : index >= cursorBead,
    );
    const candidate =
      direction === 1
        ? visibleBeads[position]
        : visibleBeads[(position === -1 ? visibleBeads.length : position) - 1];
    if (candidate !== undefined) moveTo(candidate);
  }

  function runEdit(command: EditCommand) {
    const result = commandChange(command, list, ranges, cursorHere);
    if (!result.ok) {
      setNotice(t(`refusals.${result.reason}`));
      return;
    }
    setNotice(undefined);
    apply(result.change);
    if (command === 'confirm-bead' && !(list.beads[cursorBead]?.confirmed ?? false))
      moveTo(Math.min(cursorBead + 1, beadCount - 1), undefined, undefined);
    else setCursor((current) => ({ ...current, sentence: undefined }));
  }

  async function runRealign() {
    setIsBusy(true);
    setNotice(t('editor.realigning'));
    try {
      const result = await realign(list);
      if (result === undefined) setNotice(t('editor.realignNothing'));
      else {
        apply(result);
        setNotice(t('editor.realigned'));
      }
    } catch (error) {
      setNotice(describeAlignmentFailure(t, error, 'align'));
    } finally {
      setIsBusy(false);
    }
  }

  async function runUseAsProject() {
    setIsBusy(true);
    try {
      const projectId = await saveAsProject(alignmentId, name, list);
      onProjectCreated(projectId);
    } catch (error) {
      setNotice(describeAlignmentFailure(t, error, 'store'));
      setIsBusy(false);
    }
  }

  function run(command: AlignmentCommand | 'use-as-project' | 'export-tsv') {
    if (isBusy) return;
    const navigation = NAVIGATION[command as AlignmentCommand];
    if (navigation !== undefined) {
      const found = findNextBead(
        list,
        cursorBead,
        navigation.direction === 1 ? 'next' : 'previous',
        navigation.kind,
      );
      if (found === undefined) setNotice(t(`editor.noneFound.${navigation.kind}`));
      else {
        setNotice(undefined);
        moveTo(found, undefined, undefined);
      }
      return;
    }
    if (EDIT_COMMANDS.has(command)) {
      runEdit(command as EditCommand);
      return;
    }
    switch (command) {
      case 'next-bead':
        stepBead(1);
        return;
      case 'previous-bead':
        stepBead(-1);
        return;
      case 'other-side':
        setCursor((current) => ({
          ...current,
          side: current.side === 'source' ? 'target' : 'source',
          sentence: undefined,
        }));
        return;
      case 'undo':
        undo();
        return;
      case 'redo':
        redo();
        return;
      case 'edit-sentence': {
        const range = ranges[cursorBead];
        const first = cursor.side === 'source' ? range?.sourceStart : range?.targetStart;
        const end = cursor.side === 'source' ? range?.sourceEnd : range?.targetEnd;
        if (first === undefined || end === undefined || first === end) {
          setNotice(t('refusals.no-sentence'));
          return;
        }
        if (list.beads[cursorBead]?.confirmed === true) {
          setNotice(t('refusals.confirmed'));
          return;
        }
        setCursor((current) => ({ ...current, sentence: current.sentence ?? first }));
        setIsEditingSentence(true);
        return;
      }
      case 'realign':
        void runRealign();
        return;
      case 'use-as-project':
        void runUseAsProject();
        return;
      case 'export-tsv':
        downloadBeadListTsv(name, list);
        return;
    }
  }

  function handleGridKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    const command = matchAlignmentShortcut(event.nativeEvent);
    if (command === undefined) return;
    event.preventDefault();
    run(command);
  }

  const editedSentence =
    isEditingSentence && cursor.sentence !== undefined
      ? (cursor.side === 'source' ? list.source : list.target)[cursor.sentence]
      : undefined;

  return (
    <div className="align-editor">
      <header className="align-editor__header">
        <h1 className="align-editor__title" title={name}>
          {name}
        </h1>
        <p className="align-editor__summary" data-role="alignment-summary">
          {t('editor.summary', {
            beads: summary.beads,
            confirmed: summary.confirmed,
            lowConfidence: summary.lowConfidence,
          })}
        </p>
        <BeadFilterBar filters={filters} onChange={setFilters} />
      </header>
      <AlignmentWarnings warnings={warnings} />
      <div className="align-editor__commands">
        <AlignmentToolbar canUndo={canUndo} canRedo={canRedo} isBusy={isBusy} onCommand={run} />
        <AlignmentExportMenu name={name} list={list} />
      </div>
      {failure !== undefined ? (
        <p className="align-editor__error" role="alert">
          {describeAlignmentFailure(t, failure, STORE)}
        </p>
      ) : null}
      <p className="align-editor__notice" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      <div className="align-editor__body">
        <BeadGrid
          ref={gridRef}
          list={list}
          ranges={ranges}
          visibleBeads={visibleBeads}
          cursor={cursorHere}
          onSelect={select}
          onKeyDown={handleGridKeyDown}
        />
        <AlignmentPlot
          list={list}
          ranges={ranges}
          cursorBead={cursorBead}
          onPick={(index) => moveTo(index)}
        />
      </div>
      {editedSentence !== undefined && cursor.sentence !== undefined ? (
        <SentenceEditor
          side={cursor.side}
          text={editedSentence.text}
          onClose={() => {
            setIsEditingSentence(false);
            gridRef.current?.focus();
          }}
          onSave={(text) => {
            const result = editSentence(list, cursor.side, cursor.sentence ?? 0, text);
            setIsEditingSentence(false);
            if (result.ok) apply(result.change);
            else setNotice(t(`refusals.${result.reason}`));
            gridRef.current?.focus();
          }}
          onSplit={(offset) => {
            const result = splitSentence(list, cursor.side, cursor.sentence ?? 0, offset);
            setIsEditingSentence(false);
            if (result.ok) apply(result.change);
            else setNotice(t(`refusals.${result.reason}`));
            gridRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
