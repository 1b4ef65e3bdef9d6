import { describe, expect, it } from 'vitest';
import { alignSentences } from './alignSentences';

/** A long generated pair: every third English sentence is split in two, with numbers and names as evidence. */
function longPair(count: number): { source: string[]; target: string[]; gold: string[] } {
  const names = ['李金碧', '陈清扬', '王小波', '张海'];
  const romanised = ['Li Jinbi', 'Chen Qingyang', 'Wang Xiaobo', 'Zhang Hai'];
  const source: string[] = [];
  const target: string[] = [];
  const gold: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = index % names.length;
    source.push(
      `${names[name]}在第${index + 1}天走了${(index * 7) % 100}里路，用了${(index % 11) + 12}个小时。`,
    );
    const english = `On day ${index + 1}, ${romanised[name]} walked ${(index * 7) % 100} li.`;
    const hours = `It took ${(index % 11) + 12} hours.`;
    if (index % 3 === 0) {
      gold.push(`[${index}]:[${target.length},${target.length + 1}]`);
      target.push(english, hours);
    } else {
      gold.push(`[${index}]:[${target.length}]`);
      target.push(`${english.slice(0, -1)} in ${(index % 11) + 12} hours.`);
    }
  }
  return { source, target, gold };
}

describe('alignSentences on a long text', () => {
  it('finds its way through thousands of sentences (the coarse-to-fine band)', () => {
    const { source, target, gold } = longPair(3000);
    const beads = alignSentences({ source: [source], target: [target] }).beads;
    const found = new Set(
      beads.map((bead) => `[${bead.source.join(',')}]:[${bead.target.join(',')}]`),
    );
    const right = gold.filter((bead) => found.has(bead)).length;
    expect(right / gold.length).toBeGreaterThan(0.95);
    expect(beads.flatMap((bead) => bead.target)).toEqual(target.map((_, index) => index));
  });
});
