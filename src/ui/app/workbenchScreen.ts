import type { AlignmentId, DocumentId, SegmentId } from '../../domain/ids';

/** A segment to open the translation view at. */
export interface SegmentFocus {
  readonly segmentId: SegmentId;
  readonly documentId: DocumentId;
}

/**
 * What the main area shows: the open project's translation view, or one of the workbench's
 * other screens. A new screen adds its kind here and its case in App's WorkbenchBody.
 */
export type WorkbenchScreen =
  /** The open project's translation view, at a segment when `focus` says so. */
  | { readonly kind: 'project'; readonly focus?: SegmentFocus }
  /** An alignment: a stored one, or (alignmentId undefined) a new one being imported. */
  | { readonly kind: 'alignment'; readonly alignmentId: AlignmentId | undefined }
  /** The glossary screen: glossaries, their entries, the open project's term candidates. */
  | { readonly kind: 'glossary' };

export const PROJECT_SCREEN: WorkbenchScreen = { kind: 'project' };
export const GLOSSARY_SCREEN: WorkbenchScreen = { kind: 'glossary' };

export function projectScreenAt(focus: SegmentFocus): WorkbenchScreen {
  return { kind: 'project', focus };
}

export function alignmentScreen(alignmentId: AlignmentId | undefined): WorkbenchScreen {
  return { kind: 'alignment', alignmentId };
}
