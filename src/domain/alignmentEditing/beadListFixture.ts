import type { AlignedSentence, BeadList, EditableBead } from './beadListTypes';

/**
 * A bead list for tests from its shapes, e.g. `1-1 2-1! 0-1*`: `!` confirmed, `*` confidence null,
 * `?` confidence 0.2, otherwise 0.9. Source sentences read 源0。源1。…, target ones T0. T1. …;
 * only the first sentence of each side starts a paragraph.
 */
export function beadListFixture(shapes: string): BeadList {
  const beads = shapes
    .split(/\s+/)
    .filter((shape) => shape !== '')
    .map((shape): EditableBead => {
      const match = /^(\d+)-(\d+)([!*?]*)$/.exec(shape);
      if (!match) throw new Error(`Not a bead shape: ${shape}`);
      const marks = match[3] ?? '';
      return {
        sourceCount: Number(match[1]),
        targetCount: Number(match[2]),
        confidence: marks.includes('*') ? null : marks.includes('?') ? 0.2 : 0.9,
        confirmed: marks.includes('!'),
      };
    });
  const sentences = (count: number, text: (index: number) => string): AlignedSentence[] =>
    Array.from({ length: count }, (_, index) => ({
      text: text(index),
      paragraphStart: index === 0,
    }));
  const total = (side: 'sourceCount' | 'targetCount'): number =>
    beads.reduce((sum, bead) => sum + bead[side], 0);
  return {
    source: sentences(total('sourceCount'), (index) => `源${index}。`),
    target: sentences(total('targetCount'), (index) => `T${index}.`),
    beads,
  };
}
