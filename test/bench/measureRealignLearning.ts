// Simulates a user on a development set with gold alignments (default ../shared/align-dev, read in
// place, never copied): confirms some gold beads, realigns the rest, and counts the gold beads (with
// both sides) found in the gaps by the plain engine, by realignGaps without learned pairs and with them.
// Node only: npx tsx -e "import('./test/bench/measureRealignLearning.ts').then(async (m) => console.log((await m.measureRealignLearning()).join('\n')))"
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCedictText } from '../../src/cli/readCedictText';
import { readSentences } from '../../src/cli/readSentences';
import { alignSentences } from '../../src/domain/alignment/engine/alignSentences';
import { parseBeads, type BeadLink } from '../../src/domain/alignment/evaluation/parseBeads';
import { applyBeadListChange } from '../../src/domain/alignmentEditing/applyBeadListChange';
import type { BeadList } from '../../src/domain/alignmentEditing/beadListTypes';
import { beadSentenceRanges } from '../../src/domain/alignmentEditing/beadSentenceRanges';
import { learnPairsFromConfirmedBeads } from '../../src/domain/alignmentEditing/learnPairsFromConfirmedBeads';
import { realignGaps } from '../../src/domain/alignmentEditing/realignGaps';
import { loadCedict } from '../../src/domain/dictionary/loadCedict';

const SCENARIOS: readonly [string, (index: number, count: number) => boolean][] = [
  ['the first 20% confirmed', (index, count) => index < count * 0.2],
  ['the first 40% confirmed', (index, count) => index < count * 0.4],
  ['every 5th confirmed', (index) => index % 5 === 0],
];

/** One line a scenario and dictionary setting: gold gap beads found by each way of aligning. */
export async function measureRealignLearning(directory = '../shared/align-dev'): Promise<string[]> {
  const folder = resolve(directory);
  const chapters = readdirSync(join(folder, 'gold'))
    .filter((name) => name.endsWith('.align'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.align$/, '');
      const read = (side: string): string => readFileSync(join(folder, side, `${id}.txt`), 'utf8');
      return {
        source: readSentences(read('zh'), 'zh', true).flat(),
        target: readSentences(read('en'), 'en', true).flat(),
        gold: parseBeads(readFileSync(join(folder, 'gold', name), 'utf8')),
      };
    });
  const lines = [`realign after confirming gold beads, ${chapters.length} chapters of ${folder}:`];
  const cedict = await loadCedict(readCedictText);
  for (const dictionary of [cedict, undefined]) {
    for (const [scenario, isConfirmed] of SCENARIOS) {
      const found = { engine: 0, plain: 0, learning: 0, gold: 0, pairs: 0 };
      for (const { source, target, gold } of chapters) {
        const list: BeadList = {
          source: source.map((text, index) => ({ text, paragraphStart: index === 0 })),
          target: target.map((text, index) => ({ text, paragraphStart: index === 0 })),
          beads: gold.map((bead, index) => ({
            sourceCount: bead.source.length,
            targetCount: bead.target.length,
            confidence: 1,
            confirmed: isConfirmed(index, gold.length),
          })),
        };
        const wanted = new Set(
          gold.filter((bead, index) => !isConfirmed(index, gold.length) && isLink(bead)).map(keyOf),
        );
        const count = (beads: readonly BeadLink[]): number =>
          beads.filter((bead) => wanted.has(keyOf(bead))).length;
        const realigned = (withLearning: boolean): BeadLink[] => {
          const result = realignGaps(
            list,
            (input, evidence) =>
              alignSentences(input, {
                dictionary,
                glossary: withLearning ? evidence.glossary : undefined,
              }),
            { dictionary },
          );
          return linksOf(result.ok ? applyBeadListChange(list, result.change) : list);
        };
        found.gold += wanted.size;
        found.engine += count(
          alignSentences({ source: [source], target: [target] }, { dictionary }).beads,
        );
        found.plain += count(realigned(false));
        found.learning += count(realigned(true));
        found.pairs += learnPairsFromConfirmedBeads(list, dictionary).length;
      }
      lines.push(
        `  ${scenario}, ${dictionary ? 'CC-CEDICT' : 'no dictionary'}: of ${found.gold} gold beads in the gaps, the engine alone finds ${found.engine}, realigning without learned pairs ${found.plain}, with them ${found.learning} (${found.pairs} pairs learned)`,
      );
    }
  }
  return lines;
}

function isLink(bead: BeadLink): boolean {
  return bead.source.length > 0 && bead.target.length > 0;
}

function keyOf(bead: BeadLink): string {
  return `${bead.source.join(',')}:${bead.target.join(',')}`;
}

function linksOf(list: BeadList): BeadLink[] {
  const numbers = (start: number, end: number): number[] =>
    Array.from({ length: end - start }, (_, offset) => start + offset);
  return beadSentenceRanges(list).map((range) => ({
    source: numbers(range.sourceStart, range.sourceEnd),
    target: numbers(range.targetStart, range.targetEnd),
  }));
}
