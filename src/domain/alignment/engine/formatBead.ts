import type { Bead } from './alignmentTypes';

/** Writes a bead the way gold alignment files do: `[0,1]:[0]`, 0-based sentence numbers. */
export function formatBead(bead: Pick<Bead, 'source' | 'target'>): string {
  return `[${bead.source.join(',')}]:[${bead.target.join(',')}]`;
}
