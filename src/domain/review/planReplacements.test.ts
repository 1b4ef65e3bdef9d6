import { describe, expect, it } from 'vitest';
import { plainTextFromRichText, richTextFromPlainText, type RichTextDoc } from '../richText';
import { SearchPatternError } from '../search/SearchPatternError';
import { planReplacements, type ReplaceableSegment } from './planReplacements';

const segment = (id: string, text: string, status: ReplaceableSegment['status'] = 'draft') => ({
  id,
  status,
  target: richTextFromPlainText(text),
  targetText: text,
});
const boldMap: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'the ' },
        { type: 'text', text: 'road map', marks: [{ type: 'bold' }] },
      ],
    },
  ],
};
const segments: ReplaceableSegment[] = [
  segment('a', 'The road map is drawn up.'),
  segment('b', 'No match here.'),
  segment('c', 'road map, Road Map and roadmap'),
  segment('d', 'the road map', 'locked'),
  { id: 'e', status: 'approved', target: boldMap, targetText: 'the road map' },
];

const afters = (plan: ReturnType<typeof planReplacements>) =>
  plan.changes.map((change) => `${change.segmentId}: ${change.after}`);

describe('planReplacements', () => {
  it.each([
    [
      'plain, any case',
      'road map',
      'roadmap',
      {},
      ['a: The roadmap is drawn up.', 'c: roadmap, roadmap and roadmap', 'e: the roadmap'],
    ],
    [
      'case-sensitive',
      'Road Map',
      'plan',
      { isCaseSensitive: true },
      ['c: road map, plan and roadmap'],
    ],
    ['whole word', 'roadmap', 'plan', { mode: 'wholeWord' }, ['c: road map, Road Map and plan']],
    [
      'regular expression with groups',
      '(\\w+) map',
      '$1 plan ($&, $$)',
      { mode: 'regex' },
      [
        'a: The road plan (road map, $) is drawn up.',
        'c: road plan (road map, $), Road plan (Road Map, $) and roadmap',
        'e: the road plan (road map, $)',
      ],
    ],
    [
      'named groups',
      '(?<what>road) map',
      '$<what>s',
      { mode: 'regex' },
      ['a: The roads is drawn up.', 'c: roads, Roads and roadmap', 'e: the roads'],
    ],
    ['empty matches skipped', 'x*', 'y', { mode: 'regex' }, []],
    ['a blank query plans nothing', ' ', 'y', {}, []],
  ] as const)('%s', (_name, query, replacement, options, expected) => {
    expect(afters(planReplacements(segments, query, replacement, options))).toEqual(expected);
  });

  it('leaves locked segments alone and counts them', () => {
    expect(planReplacements(segments, 'road map', 'plan').lockedCount).toBe(1);
  });

  it('keeps the marks of the replaced text in the new target', () => {
    const plan = planReplacements(segments, 'road map', 'route', {});
    const change = plan.changes.find((candidate) => candidate.segmentId === 'e');
    expect(change?.target.content[0]?.content).toEqual([
      { type: 'text', text: 'the ' },
      { type: 'text', text: 'route', marks: [{ type: 'bold' }] },
    ]);
    expect(plan.changes.map((candidate) => plainTextFromRichText(candidate.target))).toEqual(
      plan.changes.map((candidate) => candidate.after),
    );
  });

  it('throws a SearchPatternError for a bad expression', () => {
    expect(() => planReplacements(segments, '(road', 'x', { mode: 'regex' })).toThrow(
      SearchPatternError,
    );
  });
});
