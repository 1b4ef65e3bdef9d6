// Times the alignment corrections on a 5,000-bead list in Node: merge, split and undo (each the
// operation plus applying its change, as the screen does), and realigning the gaps between 100
// confirmed beads with the engine (no dictionary). The screen measures the same in Chromium.
import { alignSentences } from '../../src/domain/alignment/engine/alignSentences';
import { applyBeadListChange } from '../../src/domain/alignmentEditing/applyBeadListChange';
import type {
  BeadList,
  BeadOperationResult,
} from '../../src/domain/alignmentEditing/beadListTypes';
import { invertBeadListChange } from '../../src/domain/alignmentEditing/invertBeadListChange';
import { mergeWithNext } from '../../src/domain/alignmentEditing/mergeWithNext';
import { realignGaps } from '../../src/domain/alignmentEditing/realignGaps';
import { splitBead } from '../../src/domain/alignmentEditing/splitBead';

const SUBJECTS = [
  ['全省各地', 'Every part of the province'],
  ['省教育厅', 'The provincial education department'],
  ['太原市', 'Taiyuan'],
  ['大同市', 'Datong'],
  ['科技厅', 'The science department'],
  ['各高校', 'The universities'],
] as const;
const ACTIONS = [
  ['加快推进', 'is speeding up'],
  ['深入实施', 'is carrying out'],
  ['全面落实', 'is putting into practice'],
] as const;
const OBJECTS = [
  ['转型发展', 'the transition'],
  ['重点领域改革', 'reform in key areas'],
  ['高质量发展', 'high-quality growth'],
  ['创新平台建设', 'the building of research platforms'],
] as const;
const TRIALS = 200;

/** Prints, for a list of `beadCount` beads, the median and slowest time of each operation. */
export function measureBeadEditing(beadCount = 5000): string[] {
  const list = generateBeadList(beadCount);
  const lines = [`alignment editing, ${beadCount} beads (Node, operation + applying its change):`];
  const positions = Array.from({ length: TRIALS }, (_, trial) =>
    Math.floor(((trial + 0.5) * (beadCount - 2)) / TRIALS),
  );
  for (let warmUp = 0; warmUp < 50; warmUp += 1) {
    const result = mergeWithNext(list, warmUp);
    if (result.ok) applyBeadListChange(applied(list, result), invertBeadListChange(result.change));
  }
  const merged: BeadList[] = [];
  lines.push(
    describeTimes(
      'merge with next',
      positions.map((index) => time(() => merged.push(applied(list, mergeWithNext(list, index))))),
    ),
  );
  lines.push(
    describeTimes(
      'split a merged bead',
      positions.map((index, trial) => {
        const mergedList = merged[trial] ?? list;
        return time(() => applied(mergedList, splitBead(mergedList, index, 1, 1)));
      }),
    ),
  );
  lines.push(
    describeTimes(
      'undo a merge',
      positions.map((index, trial) => {
        const result = mergeWithNext(list, index);
        const mergedList = merged[trial] ?? list;
        return time(() => {
          if (result.ok) applyBeadListChange(mergedList, invertBeadListChange(result.change));
        });
      }),
    ),
  );
  const confirmed: BeadList = {
    ...list,
    beads: list.beads.map((bead, index) =>
      index % Math.floor(beadCount / 100) === 0 ? { ...bead, confirmed: true } : bead,
    ),
  };
  let splices = 0;
  const realignMs = time(() => {
    const result = realignGaps(confirmed, (input, evidence) => alignSentences(input, evidence));
    if (result.ok) splices = result.change.splices.length;
  });
  lines.push(
    `  realign ${beadCount} beads around 100 confirmed ones: ${realignMs.toFixed(0)} ms (${splices} gaps changed)`,
  );
  return lines;
}

/** Beads of known shape (mostly 1-1, a 2-1 every 17th) over a generated Chinese–English pair of texts. */
function generateBeadList(beadCount: number): BeadList {
  const source: { text: string; paragraphStart: boolean }[] = [];
  const target: { text: string; paragraphStart: boolean }[] = [];
  const beads = Array.from({ length: beadCount }, (_, index) => {
    const [subject, subjectEnglish] = SUBJECTS[index % SUBJECTS.length] ?? ['', ''];
    const [action, actionEnglish] = ACTIONS[(index * 7) % ACTIONS.length] ?? ['', ''];
    const [object, objectEnglish] = OBJECTS[(index * 5) % OBJECTS.length] ?? ['', ''];
    const amount = (index % 97) + 3;
    const paragraphStart = index % 20 === 0;
    const isMerged = index % 17 === 16;
    source.push({
      text: `${subject}${action}${object}，今年完成投资${amount}亿元。`,
      paragraphStart,
    });
    if (isMerged) source.push({ text: `比去年多${amount + 1}个项目。`, paragraphStart: false });
    target.push({
      text: `${subjectEnglish} ${actionEnglish} ${objectEnglish}, investing ${amount} hundred million yuan this year${isMerged ? `, ${amount + 1} more projects than last year` : ''}.`,
      paragraphStart,
    });
    return {
      sourceCount: isMerged ? 2 : 1,
      targetCount: 1,
      confidence: isMerged ? 0.4 : 0.9,
      confirmed: false,
    };
  });
  return { source, target, beads };
}

function applied(list: BeadList, result: BeadOperationResult): BeadList {
  if (!result.ok) throw new Error(`The benchmark operation was refused: ${result.reason}`);
  return applyBeadListChange(list, result.change);
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function describeTimes(name: string, times: readonly number[]): string {
  const sorted = times.toSorted((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const slowest = sorted[sorted.length - 1] ?? 0;
  return `  ${name}: median ${median.toFixed(3)} ms, slowest ${slowest.toFixed(3)} ms over ${times.length} trials`;
}
