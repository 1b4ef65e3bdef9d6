import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../alignment/engine/alignSentences';
import type {
  AlignmentEvidence,
  AlignmentInput,
  AlignmentResult,
} from '../alignment/engine/alignmentTypes';
import { applyBeadListChange } from './applyBeadListChange';
import { beadListFixture } from './beadListFixture';
import { beadListFromAlignment } from './beadListFromAlignment';
import type { BeadList } from './beadListTypes';
import { beadSentenceRanges } from './beadSentenceRanges';
import { describeBeadShapes } from './describeBeadShapes';
import { invertBeadListChange } from './invertBeadListChange';
import { realignGaps } from './realignGaps';

// Fifteen pairs the user has confirmed, each with a term no evidence but the text itself links
// (no dictionary here), then five sentences the engine aligns by length alone, wrongly: the
// third English sentence translates the third and fourth Chinese ones.
const confirmedPairs: [string, string][] = [
  ['这座城市的光伏产业去年增长很快。', "The city's solar industry grew quickly last year."],
  ['工人们在新厂房里组装锂电模块。', 'Workers assemble battery modules in the new plant.'],
  ['当地企业也开始设计自己的芯片。', 'Local firms have also begun to design their own chip.'],
  ['山顶上新装了一排高大的风机。', 'A row of tall turbine towers was put up on the hilltop.'],
  ['研究所正在测试一种氢能卡车。', 'The institute is testing a hydrogen truck.'],
  ['屋顶上铺满了光伏板和电线。', 'The roofs are covered with solar panels and wires.'],
  ['锂电的价格比以前低了很多。', 'The battery price is much lower than before.'],
  ['这种芯片主要卖给汽车厂商。', 'This chip is sold mostly to carmakers.'],
  ['每台风机每年都要检修一次。', 'Every turbine is serviced once a year.'],
  ['氢能加气站建在高速路口旁边。', 'The hydrogen filling station stands by the motorway exit.'],
  ['学校的操场边也装了光伏设备。', 'Solar equipment was also fitted beside the school playground.'],
  ['回收旧锂电需要专门的工厂。', 'Recycling an old battery takes a special plant.'],
  ['进口芯片越来越贵了。', 'An imported chip costs more and more.'],
  ['风机的叶片是在本地生产的。', 'The turbine blades are made locally.'],
  ['公交公司买了十辆氢能大巴。', 'The bus company bought ten hydrogen buses.'],
];
const restSource = [
  '光伏电站今年又扩建了。',
  '锂电工厂招了很多新工人。',
  '氢能项目的资金还没有到位，工程师们只好先做一些小规模的试验。',
  '风机也修好了。',
  '芯片设计团队搬进了新楼。',
];
const restTarget = [
  'The solar power station was expanded again this year.',
  'The battery factory hired many new workers.',
  'While the hydrogen project waits for money, engineers have repaired the turbine on the ridge.',
  'The chip design team moved into a new building.',
];
const n = confirmedPairs.length;
const gold = [
  ...confirmedPairs.map((_, index) => `[${index}]:[${index}]`),
  `[${n}]:[${n}]`,
  `[${n + 1}]:[${n + 1}]`,
  `[${n + 2},${n + 3}]:[${n + 2}]`,
  `[${n + 4}]:[${n + 3}]`,
];

// The engine's own learning from the text is off here, so that what is measured is what the
// confirmed beads teach through realignGaps.
const WITHOUT_SELF_LEARNING = { useLearned: false } as const;
const align = (input: AlignmentInput, evidence: AlignmentEvidence) =>
  alignSentences(input, { ...evidence, ...WITHOUT_SELF_LEARNING });

/** A stand-in engine: sentence k with sentence k, the sentences left over alone. */
function pairInOrder(input: AlignmentInput): AlignmentResult {
  const source = input.source.flat();
  const target = input.target.flat();
  return {
    sourceCount: source.length,
    targetCount: target.length,
    beads: Array.from({ length: Math.max(source.length, target.length) }, (_, index) => ({
      source: index < source.length ? [index] : [],
      target: index < target.length ? [index] : [],
      confidence: 0.5,
    })),
  };
}

function beadsOf(list: BeadList): string[] {
  return beadSentenceRanges(list).map((range) => {
    const numbers = (start: number, end: number): string =>
      Array.from({ length: end - start }, (_, offset) => start + offset).join(',');
    return `[${numbers(range.sourceStart, range.sourceEnd)}]:[${numbers(range.targetStart, range.targetEnd)}]`;
  });
}

function aligned(): BeadList {
  const source = [[...confirmedPairs.map(([zh]) => zh), ...restSource]];
  const target = [[...confirmedPairs.map(([, en]) => en), ...restTarget]];
  return beadListFromAlignment(
    source,
    target,
    alignSentences({ source, target }, WITHOUT_SELF_LEARNING),
  );
}

function confirmFirst(list: BeadList, count: number): BeadList {
  return {
    ...list,
    beads: list.beads.map((bead, index) => (index < count ? { ...bead, confirmed: true } : bead)),
  };
}

describe('realignGaps', () => {
  it('gets right, once pairs are confirmed, a stretch the engine got wrong', () => {
    const list = aligned();
    expect(beadsOf(list)).not.toEqual(gold);
    const confirmed = confirmFirst(list, confirmedPairs.length);
    expect(beadsOf(confirmed).slice(0, confirmedPairs.length)).toEqual(
      gold.slice(0, confirmedPairs.length),
    );

    const withoutLearning = realignGaps(confirmed, (input) =>
      alignSentences(input, WITHOUT_SELF_LEARNING),
    );
    const unchanged = withoutLearning.ok
      ? applyBeadListChange(confirmed, withoutLearning.change)
      : confirmed;
    expect(beadsOf(unchanged)).not.toEqual(gold);

    const result = realignGaps(confirmed, align);
    if (!result.ok) throw new Error(result.reason);
    const realigned = applyBeadListChange(confirmed, result.change);
    expect(beadsOf(realigned)).toEqual(gold);
    expect(realigned.beads.slice(0, confirmedPairs.length)).toEqual(
      confirmed.beads.slice(0, confirmedPairs.length),
    );
  });

  it('takes the whole-text alignment where it fits a gap and aligns the other gaps alone', () => {
    const shapes = '1-1 1-1! 2-1 1-1 1-1! 1-0';
    const list: BeadList = {
      ...beadListFixture(shapes),
      target: beadListFixture(shapes).target.map((sentence, index) => ({
        ...sentence,
        paragraphStart: index === 0 || index === 3,
      })),
    };
    const calls: AlignmentInput[] = [];
    const result = realignGaps(list, (input) => {
      calls.push(input);
      return pairInOrder(input);
    });
    if (!result.ok) throw new Error(result.reason);
    expect(calls).toEqual([
      {
        source: [['源0。', '源1。', '源2。', '源3。', '源4。', '源5。', '源6。']],
        target: [
          ['T0.', 'T1.', 'T2.'],
          ['T3.', 'T4.'],
        ],
      },
      { source: [['源2。', '源3。', '源4。']], target: [['T2.'], ['T3.']] },
    ]);
    expect(result.change.splices.map((splice) => splice.at)).toEqual([5, 2, 0]);
    expect(describeBeadShapes(applyBeadListChange(list, result.change))).toBe(
      '1-1 1-1! 1-1 1-1 1-0 1-1! 1-0',
    );
  });

  it.each([
    ['every bead is confirmed', '1-1! 2-1!', 'nothing-to-realign'],
    ['there are no beads', '', 'nothing-to-realign'],
  ])('refuses when %s', (_name, shapes, reason) => {
    expect(realignGaps(beadListFixture(shapes), align)).toEqual({ ok: false, reason });
  });

  it('refuses when the engine finds the same beads again', () => {
    const list = aligned();
    expect(realignGaps(list, align)).toEqual({ ok: false, reason: 'unchanged' });
  });

  it('reports its progress in sentences of the gaps', () => {
    const progress: [number, number][] = [];
    realignGaps(beadListFixture('1-1 1-1! 2-1 1-1!'), pairInOrder, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [2, 5],
      [5, 5],
    ]);
  });
});

describe('realignGaps, properties', () => {
  const sentence = fc
    .array(fc.constantFrom('光伏', '工人', '3', '说', '。', '山', '水', 'DNA'), { maxLength: 6 })
    .map((words) => `${words.join('')}。`);
  const english = fc
    .array(fc.constantFrom('solar', 'workers', '3', 'said', 'mountain', 'water', 'DNA'), {
      maxLength: 6,
    })
    .map((words) => `${words.join(' ')}.`);

  it('never changes a confirmed bead, keeps the sentences and is undone exactly', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 14 }),
        fc.array(english, { maxLength: 14 }),
        fc.array(fc.boolean(), { maxLength: 14 }),
        (source, target, confirmations) => {
          const engine = alignSentences({ source: [source], target: [target] });
          const first = beadListFromAlignment([source], [target], engine);
          const list = {
            ...first,
            beads: first.beads.map((bead, index) => ({
              ...bead,
              confirmed: confirmations[index] ?? false,
            })),
          };
          const result = realignGaps(list, align);
          if (!result.ok) return;
          const after = applyBeadListChange(list, result.change);
          expect(after.source).toBe(list.source);
          expect(after.target).toBe(list.target);
          const confirmedWithSentences = (of: BeadList): string[] => {
            const ranges = beadSentenceRanges(of);
            return of.beads.flatMap((bead, index) =>
              bead.confirmed ? [JSON.stringify([bead, ranges[index]])] : [],
            );
          };
          expect(confirmedWithSentences(after)).toEqual(confirmedWithSentences(list));
          expect(applyBeadListChange(after, invertBeadListChange(result.change))).toEqual(list);
        },
      ),
      { numRuns: 200 },
    );
  });
});
