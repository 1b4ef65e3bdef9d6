import type { BeadSide } from '../../domain/alignmentEditing/beadListTypes';

/** Which text of an alignment: the Chinese source or the English target. */
export type AlignmentSide = BeadSide;

/** Where the translator is in an alignment: a bead, a side of it, and maybe one of its sentences. */
export interface AlignmentCursor {
  readonly beadIndex: number;
  readonly side: AlignmentSide;
  /** A sentence of that side (its index in the side's text) inside the bead, when one is picked. */
  readonly sentence: number | undefined;
}
