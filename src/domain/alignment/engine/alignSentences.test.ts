import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { parseCedict } from '../../dictionary/parseCedict';
import { alignSentences } from './alignSentences';
import type { AlignmentInput, Bead } from './alignmentTypes';
import { formatBead } from './formatBead';

const fixtures = new URL('../../../../test/fixtures/alignment/', import.meta.url);
const dictionary = parseCedict(readFileSync(new URL('cedict-excerpt.u8', fixtures), 'utf8'));

/** Reads a presplit fixture: a sentence a line, a blank line between paragraphs. */
function paragraphs(name: string): string[][] {
  return readFileSync(new URL(name, fixtures), 'utf8')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== ''))
    .filter((block) => block.length > 0);
}

function goldBeads(name: string): string[] {
  return readFileSync(new URL(`${name}.align`, fixtures), 'utf8')
    .trim()
    .split('\n');
}

describe('alignSentences', () => {
  it('keeps its beads when the translator moved a paragraph end by one sentence', () => {
    // Length and paragraphs only: the moved end used to pull a sentence into the wrong bead.
    const input = {
      source: paragraphs('moved-paragraph.zh.txt'),
      target: paragraphs('moved-paragraph.en.txt'),
    };
    expect(input.source.map((paragraph) => paragraph.length)).toEqual([3, 3]);
    expect(input.target.map((paragraph) => paragraph.length)).toEqual([4, 2]);
    expect(alignSentences(input, {}).beads.map(formatBead)).toEqual(goldBeads('moved-paragraph'));
  });

  it.each([
    ['mixed', '1-1, 2-2, 2-1, 1-3, 3-1'],
    ['evidence', 'names, numbers, a 1-0 deletion'],
    ['paragraphs', 'a 0-1 insertion marked by paragraphs'],
  ])('aligns the %s fixture (%s) as its gold beads', (name) => {
    const input = { source: paragraphs(`${name}.zh.txt`), target: paragraphs(`${name}.en.txt`) };
    expect(alignSentences(input, { dictionary }).beads.map(formatBead)).toEqual(goldBeads(name));
  });

  it.each(['mixed', 'evidence'])(
    'aligns the %s fixture written in traditional characters as its gold beads',
    (name) => {
      const toTraditional = Converter({ from: 'cn', to: 't' });
      const source = paragraphs(`${name}.zh.txt`).map((paragraph) => paragraph.map(toTraditional));
      expect(source.flat().join('')).not.toBe(paragraphs(`${name}.zh.txt`).flat().join(''));
      const input = { source, target: paragraphs(`${name}.en.txt`) };
      expect(alignSentences(input, { dictionary }).beads.map(formatBead)).toEqual(goldBeads(name));
    },
  );

  it('gives every bead a confidence between 0 and 1', () => {
    const input = { source: paragraphs('mixed.zh.txt'), target: paragraphs('mixed.en.txt') };
    for (const bead of alignSentences(input, { dictionary }).beads) {
      expect(bead.confidence).toBeGreaterThanOrEqual(0);
      expect(bead.confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['an empty source', { source: [], target: [['One.', 'Two.']] }, ['[]:[0]', '[]:[1]']],
    ['an empty target', { source: [['一。']], target: [] }, ['[0]:[]']],
    ['two empty sides', { source: [], target: [[]] }, []],
    ['one sentence each', { source: [['你好。']], target: [['Hello.']] }, ['[0]:[0]']],
  ] satisfies [string, AlignmentInput, string[]][])('handles %s', (_name, input, expected) => {
    expect(alignSentences(input).beads.map(formatBead)).toEqual(expected);
  });

  it('does not change its input', () => {
    const input = { source: paragraphs('mixed.zh.txt'), target: paragraphs('mixed.en.txt') };
    const copy = structuredClone(input);
    alignSentences(input, { dictionary });
    expect(input).toEqual(copy);
  });
});

describe('alignSentences confidence', () => {
  it('is high for a bead the evidence settles and lower where two segmentations compete', () => {
    const clear = alignSentences(
      {
        source: [['李金碧在2022年来到上海。', '他爬山爬了40年。']],
        target: [
          ['Li Jinbi came to Shanghai in 2022.', 'He has climbed mountains for forty years.'],
        ],
      },
      { dictionary },
    );
    const doubtful = alignSentences(
      { source: [['他来了。', '她走了。']], target: [['Someone came and went.']] },
      { dictionary },
    );
    const lowest = (beads: readonly { confidence: number }[]): number =>
      Math.min(...beads.map((bead) => bead.confidence));
    expect(lowest(clear.beads)).toBeGreaterThan(0.9);
    expect(lowest(doubtful.beads)).toBeLessThan(lowest(clear.beads));
  });
});

describe('alignSentences learning from the text', () => {
  const input = {
    source: paragraphs('learned-names.zh.txt'),
    target: paragraphs('learned-names.en.txt'),
  };
  const lowest = (beads: readonly { confidence: number }[]): number =>
    Math.min(...beads.map((bead) => bead.confidence));

  it('learns names translated by meaning (韦小宝 Trinket, 茅十八 Whiskers) and grows surer', () => {
    const without = alignSentences(input, { dictionary, useLearned: false });
    const learned = alignSentences(input, { dictionary });
    expect(learned.beads.map(formatBead)).toEqual(without.beads.map(formatBead));
    expect(lowest(learned.beads)).toBeGreaterThan(lowest(without.beads));
  });

  it('counts pairs a person confirmed as certain training', () => {
    const trustedPairs = input.source
      .flat()
      .slice(0, 9)
      .map((source, index) => ({ source, target: input.target.flat()[index] ?? '' }));
    const names = {
      source: [
        [...paragraphs('mixed.zh.txt').flat(), '韦小宝哭了。', '茅十八走了。', '天气很冷。'],
      ],
      target: [[...paragraphs('mixed.en.txt').flat(), 'Whiskers left.', 'The weather was cold.']],
    };
    const beadOf = (beads: readonly Bead[], target: number): string => {
      const bead = beads.find((candidate) => candidate.target.includes(target));
      return bead ? formatBead(bead) : 'none';
    };
    const alone = alignSentences(names, { dictionary }).beads;
    const trusted = alignSentences(names, { dictionary, trustedPairs }).beads;
    expect(beadOf(alone, 9)).toBe('[10]:[9]');
    expect(beadOf(trusted, 9)).toBe('[10,11]:[9]');
    expect(beadOf(trusted, 10)).toBe('[12]:[10]');
  });
});
