import type { AlignmentId } from '../../domain/ids';

/**
 * What the main area shows: the open project's translation view, or one of the workbench's
 * other screens. A new screen adds its kind here and its case in App's WorkbenchBody.
 */
export type WorkbenchScreen =
  | { readonly kind: 'project' }
  /** An alignment: a stored one, or (alignmentId undefined) a new one being imported. */
  | { readonly kind: 'alignment'; readonly alignmentId: AlignmentId | undefined };

export const PROJECT_SCREEN: WorkbenchScreen = { kind: 'project' };

export function alignmentScreen(alignmentId: AlignmentId | undefined): WorkbenchScreen {
  return { kind: 'alignment', alignmentId };
}
