import type { AlignmentId, ProjectId } from '../../domain/ids';
import './alignment.css';
import { AlignmentEditor } from './AlignmentEditor';
import { AlignmentImport } from './AlignmentImport';

interface AlignmentWorkspaceProps {
  /** The stored alignment to open, or undefined to start a new one. */
  readonly alignmentId: AlignmentId | undefined;
  readonly onCreated: (alignmentId: AlignmentId) => void;
  readonly onProjectCreated: (projectId: ProjectId) => void;
}

/** The alignment screen: the import of a new pair of texts, or the review of a stored alignment. */
export function AlignmentWorkspace({
  alignmentId,
  onCreated,
  onProjectCreated,
}: AlignmentWorkspaceProps) {
  return alignmentId === undefined ? (
    <AlignmentImport onCreated={onCreated} />
  ) : (
    <AlignmentEditor alignmentId={alignmentId} onProjectCreated={onProjectCreated} />
  );
}
