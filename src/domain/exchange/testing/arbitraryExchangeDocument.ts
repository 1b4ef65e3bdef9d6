import fc from 'fast-check';
import { SEGMENT_STATUSES } from '../../model';
import type { ExchangeDocument, ExchangeUnit, PlacedInlineCode } from '../exchangeUnit';

const PIECES = [
  '两个基本实现',
  '高校',
  '，',
  '。',
  'Shanxi',
  ' ',
  'the',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\t',
  '\n',
  '\r\n',
  '😀',
  '𠀋',
  '\\',
  '\u2028',
  ',',
  'é',
];

/** Random Chinese and English text with markup characters, tabs, line breaks, emoji and astral characters. */
export const arbitraryText = (minLength = 0): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...PIECES), { minLength, maxLength: 12 })
    .map((pieces) => pieces.join('').trim())
    .filter((text) => text.length >= minLength);

/** Offsets of `text` that are not inside a surrogate pair. */
function codePointOffsets(text: string): number[] {
  const offsets = [0];
  let offset = 0;
  for (const character of text) {
    offset += character.length;
    offsets.push(offset);
  }
  return offsets;
}

/** A balanced set of inline codes placed in `text` (an open and its close, a placeholder). */
export const arbitraryCodes = (text: string): fc.Arbitrary<PlacedInlineCode[]> => {
  const offsets = codePointOffsets(text);
  return fc
    .array(
      fc.tuple(
        fc.constantFrom(...offsets),
        fc.constantFrom(...offsets),
        fc.constantFrom('<b>', '{1}', '', '&lt;i "x"&gt;'),
        fc.boolean(),
      ),
      { maxLength: 2 },
    )
    .map((choices) =>
      choices.flatMap(([first, second, code, isPair], index): PlacedInlineCode[] => {
        const id = String(index + 1);
        if (!isPair) return [{ offset: first, code: { kind: 'placeholder', id, code } }];
        const [start, end] = first <= second ? [first, second] : [second, first];
        return [
          { offset: start, code: { kind: 'open', id, code } },
          {
            offset: end,
            code: { kind: 'close', id, code: code === '' ? '' : `/${code}` },
          },
        ];
      }),
    );
};

interface UnitChoices {
  readonly withCodes?: boolean;
}

export const arbitraryUnit = ({
  withCodes = false,
}: UnitChoices = {}): fc.Arbitrary<ExchangeUnit> =>
  fc
    .record({
      source: arbitraryText(1),
      target: arbitraryText(),
      status: fc.constantFrom(...SEGMENT_STATUSES),
      note: fc.oneof(fc.constant(''), arbitraryText(1)),
      id: fc.option(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { nil: undefined }),
      author: fc.option(fc.constantFrom('李雷', 'ann "reviewer"'), { nil: undefined }),
      createdAt: fc.option(
        fc.integer({ min: 0, max: 4_000_000_000 }).map((seconds) => seconds * 1000),
        { nil: undefined },
      ),
      changedAt: fc.option(
        fc.integer({ min: 0, max: 4_000_000_000 }).map((seconds) => seconds * 1000),
        { nil: undefined },
      ),
    })
    .chain((unit) =>
      (withCodes
        ? fc.tuple(arbitraryCodes(unit.source), arbitraryCodes(unit.target))
        : fc.constant([[], []] as const)
      ).map(([sourceCodes, targetCodes]): ExchangeUnit => {
        const status = unit.target === '' ? 'new' : unit.status === 'new' ? 'draft' : unit.status;
        return {
          source: unit.source,
          target: unit.target,
          status,
          note: unit.note,
          ...(unit.id === undefined ? {} : { id: unit.id }),
          ...(unit.author === undefined ? {} : { author: unit.author }),
          ...(unit.createdAt === undefined ? {} : { createdAt: unit.createdAt }),
          ...(unit.changedAt === undefined ? {} : { changedAt: unit.changedAt }),
          ...(sourceCodes.length === 0 ? {} : { sourceCodes }),
          ...(targetCodes.length === 0 || unit.target === '' ? {} : { targetCodes }),
        };
      }),
    );

export const arbitraryExchangeDocument = (
  choices: UnitChoices = {},
): fc.Arbitrary<ExchangeDocument> =>
  fc.record({
    sourceLang: fc.constantFrom('zh-CN', 'zh-Hans', 'zh'),
    targetLang: fc.constantFrom('en', 'en-US'),
    units: fc.array(arbitraryUnit(choices), { maxLength: 6 }),
  });
