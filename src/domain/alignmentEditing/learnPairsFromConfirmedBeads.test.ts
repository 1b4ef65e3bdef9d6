import { describe, expect, it } from 'vitest';
import { parseCedict } from '../dictionary/parseCedict';
import type { BeadList } from './beadListTypes';
import { learnPairsFromConfirmedBeads } from './learnPairsFromConfirmedBeads';

/** One 1-1 bead a pair, confirmed unless marked with a leading `?`. */
function pairs(...rows: [string, string][]): BeadList {
  return {
    source: rows.map(([zh]) => ({ text: zh.replace(/^\?/, ''), paragraphStart: false })),
    target: rows.map(([, en]) => ({ text: en, paragraphStart: false })),
    beads: rows.map(([zh]) => ({
      sourceCount: 1,
      targetCount: 1,
      confidence: 0.9,
      confirmed: !zh.startsWith('?'),
    })),
  };
}

const rows: [string, string][] = [
  ['光伏产业增长很快。', 'The solar industry grew quickly.'],
  ['屋顶上铺满了光伏板。', 'The roofs are covered with solar panels.'],
  ['光伏电站扩建了。', 'The solar power station grew.'],
  ['工人组装锂电模块。', 'Workers assemble battery modules.'],
  ['锂电价格低了很多。', 'Battery prices fell a lot.'],
  ['锂电工厂招工。', 'The battery factory is hiring.'],
];

function learned(list: BeadList, dictionary?: ReturnType<typeof parseCedict>): string[] {
  return learnPairsFromConfirmedBeads(list, dictionary).map(
    (entry) => `${entry.source}=${entry.target}`,
  );
}

describe('learnPairsFromConfirmedBeads', () => {
  it('pairs Chinese character pairs with the English words they keep company with', () => {
    expect(learned(pairs(...rows))).toEqual(['光伏=solar', '锂电=battery']);
  });

  it('gives glossary entries the engine reads', () => {
    expect(learnPairsFromConfirmedBeads(pairs(...rows))[0]).toEqual({
      source: '光伏',
      target: 'solar',
      partOfSpeech: '',
      note: '',
    });
  });

  it('learns nothing from a pair seen twice only, or from unconfirmed beads', () => {
    expect(learned(pairs(...rows.slice(0, 2), ...rows.slice(3, 5)))).toEqual([]);
    expect(learned(pairs(...rows.slice(0, 2), ['?光伏板。', 'Solar panels.']))).toEqual([]);
  });

  it('does not pair a word with everything near it', () => {
    const list = pairs(
      ['光伏产业增长。', 'The solar industry grew.'],
      ['光伏板很多。', 'Solar panels abound.'],
      ['光伏工厂开工。', 'A solar factory opened.'],
      ['光伏电站。', 'A solar station.'],
      ['锂电模块。', 'Battery modules.'],
      ['锂电价格。', 'Battery prices.'],
      ['锂电工厂。', 'Battery factory.'],
    );
    const entries = learned(list);
    expect(entries).toContain('光伏=solar');
    expect(entries.filter((entry) => entry.endsWith('=solar'))).toHaveLength(1);
    expect(entries.filter((entry) => entry.startsWith('光伏='))).toHaveLength(1);
  });

  it('leaves out what the dictionary already pairs, and prefers its longer words', () => {
    const dictionary = parseCedict(
      [
        '光伏 光伏 [guang1 fu2] /photovoltaic/solar/',
        '锂电池 锂电池 [li3 dian4 chi2] /lithium battery/',
      ].join('\n'),
    );
    const list = pairs(
      ...rows,
      ['锂电池很贵。', 'The cells are dear.'],
      ['锂电池回收。', 'Cell recycling.'],
      ['锂电池不够。', 'Too few cells.'],
    );
    const entries = learned(list, dictionary);
    expect(entries).not.toContain('光伏=solar');
    expect(entries).toContain('锂电池=cells');
    expect(entries.filter((entry) => entry.endsWith('=cells'))).toHaveLength(1);
  });
});
