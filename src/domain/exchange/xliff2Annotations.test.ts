import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_SEVERITIES } from '../annotation/annotation';
import type { ExchangeAnnotation, ExchangeDocument, ExchangeUnit } from './exchangeUnit';
import { readXliff2 } from './readXliff2';
import { arbitraryCodes, arbitraryText } from './testing/arbitraryExchangeDocument';
import { validateWithXmllint } from './testing/validateWithXmllint';
import { writeXliff2 } from './writeXliff2';

/** Offsets of `text` that are not inside a surrogate pair. */
function codePointOffsets(text: string): number[] {
  const offsets = [0];
  for (const character of text) offsets.push((offsets.at(-1) ?? 0) + character.length);
  return offsets;
}

const arbitrarySpans = (
  text: string,
  side: 'source' | 'target',
): fc.Arbitrary<ExchangeAnnotation[]> => {
  const offsets = codePointOffsets(text);
  if (offsets.length < 2) return fc.constant([]);
  return fc
    .array(
      fc.record({
        ends: fc.uniqueArray(fc.constantFrom(...offsets), { minLength: 2, maxLength: 2 }),
        category: fc.constantFrom('mistranslation', 'term', 'comment', 'grammar'),
        severity: fc.option(fc.constantFrom(...ANNOTATION_SEVERITIES), { nil: undefined }),
        comment: fc.oneof(fc.constant(''), arbitraryText(1)),
        author: fc.constantFrom('', '李雷', 'ann "reviewer" <&>'),
        createdAt: fc.option(
          fc.integer({ min: 0, max: 4_000_000_000 }).map((seconds) => seconds * 1000),
          { nil: undefined },
        ),
      }),
      { maxLength: 5 },
    )
    .map((choices) =>
      choices.map(({ ends, severity, createdAt, ...rest }) => {
        const [first = 0, second = 0] = ends;
        return {
          side,
          start: Math.min(first, second),
          end: Math.max(first, second),
          ...rest,
          ...(severity === undefined ? {} : { severity }),
          ...(createdAt === undefined ? {} : { createdAt }),
        };
      }),
    );
};

/** A unit with annotations on both sides, overlapping at random, some linked across sides. */
const arbitraryAnnotatedUnit: fc.Arbitrary<ExchangeUnit> = fc
  .record({ source: arbitraryText(1), target: arbitraryText(1) })
  .chain(({ source, target }) =>
    fc
      .tuple(
        arbitrarySpans(source, 'source'),
        arbitrarySpans(target, 'target'),
        arbitraryCodes(source),
        arbitraryCodes(target),
        fc.boolean(),
      )
      .map(([sourceSpans, targetSpans, sourceCodes, targetCodes, isLinked]): ExchangeUnit => {
        const annotations: ExchangeAnnotation[] = [...sourceSpans, ...targetSpans];
        const partner = sourceSpans.length;
        const [firstSource] = sourceSpans;
        const [firstTarget] = targetSpans;
        if (isLinked && firstSource !== undefined && firstTarget !== undefined) {
          annotations[0] = { ...firstSource, linkedIndex: partner };
          annotations[partner] = { ...firstTarget, linkedIndex: 0 };
        }
        return {
          source,
          target,
          status: 'translated',
          note: '',
          ...(sourceCodes.length === 0 ? {} : { sourceCodes }),
          ...(targetCodes.length === 0 ? {} : { targetCodes }),
          annotations,
        };
      }),
  );

/** Annotations as a sorted list of descriptions, the link named by its partner's description. */
function described(annotations: readonly ExchangeAnnotation[] | undefined): string[] {
  const plain = ({ linkedIndex: _linked, ...annotation }: ExchangeAnnotation) =>
    JSON.stringify(Object.entries(annotation).sort(([left], [right]) => left.localeCompare(right)));
  return (annotations ?? [])
    .map((annotation) => {
      const partner =
        annotation.linkedIndex === undefined ? undefined : annotations?.[annotation.linkedIndex];
      return `${plain(annotation)} -> ${partner === undefined ? '' : plain(partner)}`;
    })
    .sort();
}

const documentOf = (units: readonly ExchangeUnit[]): ExchangeDocument => ({
  sourceLang: 'zh-CN',
  targetLang: 'en',
  units,
});

const span = (
  start: number,
  end: number,
  rest: Partial<ExchangeAnnotation> = {},
): ExchangeAnnotation => ({
  side: 'target',
  start,
  end,
  category: 'mistranslation',
  severity: 'major',
  comment: 'wrong',
  author: '李雷',
  ...rest,
});

describe('annotations in XLIFF 2.0', () => {
  it('read back every annotation, overlapping ones included, with inline codes kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryAnnotatedUnit, { maxLength: 4 }), async (units) => {
        const read = await readXliff2(writeXliff2(documentOf(units)));
        expect(read.units.map((unit) => described(unit.annotations))).toEqual(
          units.map((unit) => described(unit.annotations)),
        );
        expect(read.units.map((unit) => [unit.source, unit.target, unit.note])).toEqual(
          units.map((unit) => [unit.source, unit.target, unit.note]),
        );
        const codes = (unit: ExchangeUnit) =>
          [...(unit.sourceCodes ?? []), ...(unit.targetCodes ?? [])]
            .map(({ offset, code }) => `${offset}:${code.kind}:${code.code}`)
            .sort();
        expect(read.units.map(codes)).toEqual(units.map(codes));
      }),
    );
  });

  it('writes files that the XLIFF 2.0 schema accepts', () => {
    fc.assert(
      fc.property(fc.array(arbitraryAnnotatedUnit, { minLength: 1, maxLength: 3 }), (units) => {
        expect(validateWithXmllint('xliff2', writeXliff2(documentOf(units)))).toBe('');
      }),
      { numRuns: 15 },
    );
  });

  it('nests what nests as mrk and writes a span that crosses another as sm/em', () => {
    const text = writeXliff2(
      documentOf([
        {
          source: '四大贸易模式',
          target: 'four trade modes',
          status: 'translated',
          note: 'unit note',
          annotations: [
            span(0, 10),
            span(5, 10, { category: 'term', severity: undefined, comment: '' }),
            span(8, 16, { category: 'style', severity: 'minor' }),
            { ...span(2, 6), side: 'source', linkedIndex: 1 },
          ],
        },
      ]),
    );
    expect(text).toContain(
      '<target><mrk id="m1" type="comment" ref="#n=n1">four <mrk id="m2" type="comment" ref="#n=n2">tra<sm id="m3" type="comment" ref="#n=n3"/>de</mrk></mrk> modes<em startRef="m3"/></target>',
    );
    expect(text).toContain(
      '<source>四大<mrk id="m4" type="comment" ref="#n=n4">贸易模式</mrk></source>',
    );
    expect(text).toContain(
      '<note id="n1" appliesTo="target" category="mistranslation" bw:severity="major" bw:author="李雷">wrong</note>',
    );
    expect(text).toContain('bw:linked="m2"');
    expect(text).toContain('<notes><note>unit note</note>');
    expect(validateWithXmllint('xliff2', text)).toBe('');
  });

  it('reads comment and term markers of other tools; leaves generic ones and keeps unit notes', async () => {
    const text = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f1"><unit id="1"><notes><note>for the translator</note><note id="c1" category="review">too literal</note></notes><segment><source><mrk id="1" type="term" value="a trade term">贸易</mrk>模式</source><target>trade <mrk id="2" type="comment" ref="#n=c1">modes</mrk> <mrk id="3" translate="no">X</mrk><mrk id="4" type="comment" value="empty"></mrk></target></segment></unit></file></xliff>`;
    expect(validateWithXmllint('xliff2', text)).toBe('');
    const [unit] = (await readXliff2(text)).units;
    expect(unit?.note).toBe('for the translator');
    expect(unit?.annotations).toEqual([
      { side: 'source', start: 0, end: 2, category: 'term', comment: 'a trade term', author: '' },
      { side: 'target', start: 6, end: 11, category: 'review', comment: 'too literal', author: '' },
    ]);
  });
});
