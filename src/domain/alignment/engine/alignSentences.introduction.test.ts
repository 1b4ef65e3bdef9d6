import { describe, expect, it } from 'vitest';
import { alignSentences } from './alignSentences';
import { formatBead } from './formatBead';

/** A generated chapter: each Chinese sentence and its English, with names and numbers as evidence. */
function chapter(count: number): { source: string[]; target: string[] } {
  const names = ['李金碧', '陈清扬', '王小波', '张海'];
  const romanised = ['Li Jinbi', 'Chen Qingyang', 'Wang Xiaobo', 'Zhang Hai'];
  const source: string[] = [];
  const target: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = index % names.length;
    source.push(`${names[name]}在第${index + 1}天走了${(index * 7) % 100}里路。`);
    target.push(`On day ${index + 1}, ${romanised[name]} walked ${(index * 7) % 100} li.`);
  }
  return { source, target };
}

/** A translator's introduction: English sentences with nothing in the Chinese text. */
const introduction = Array.from(
  { length: 40 },
  (_, index) =>
    `This translation, begun in the winter of its ${index + 2}th draft, owes much to friends who read it.`,
);

describe('alignSentences with material on one side only', () => {
  it.each(['start', 'end'] as const)(
    'leaves a translator’s introduction at the %s out as unpaired sentences',
    (where) => {
      const { source, target } = chapter(120);
      const english =
        where === 'start' ? [...introduction, ...target] : [...target, ...introduction];
      const offset = where === 'start' ? introduction.length : 0;
      const result = alignSentences({ source: [source], target: [english] });
      const beads = result.beads.map(formatBead);
      const first = where === 'start' ? 0 : target.length;
      for (let sentence = first; sentence < first + introduction.length; sentence += 1)
        expect(beads).toContain(`[]:[${sentence}]`);
      const right = source.filter((_, index) => beads.includes(`[${index}]:[${index + offset}]`));
      expect(right.length).toBeGreaterThanOrEqual(source.length - 2);
      expect(result.beads.flatMap((bead) => bead.target)).toEqual(english.map((_, index) => index));
      expect(result.assessment?.warnings).toContain('one-sided-stretch');
      expect(result.assessment?.looksLikeTranslation).toBe(true);
    },
  );

  it('leaves two texts that translate each other from end to end whole', () => {
    const { source, target } = chapter(120);
    const result = alignSentences({ source: [source], target: [target] });
    expect(result.beads.map(formatBead)).toEqual(source.map((_, index) => `[${index}]:[${index}]`));
    expect(result.assessment?.warnings).toEqual([]);
  });
});
