import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectExchangeFormat } from '../exchange/detectExchangeFormat';
import { BUNDLE_STORES } from './bundleStores';
import { exchangeDocumentFromBundle } from './exchangeDocumentFromBundle';
import type { ProjectBundle } from './projectBundle';
import { readProjectBundle } from './readProjectBundle';
import { writeProjectBundle } from './writeProjectBundle';

const FROZEN_VERSION_1 = readFileSync(
  new URL('../../../test/fixtures/bundle/version1.bitext.json', import.meta.url),
  'utf8',
);

const project = { id: 'p', name: 'P', sourceLang: 'zh', targetLang: 'en' };
const document = { id: 'd', projectId: 'p', name: 'D', order: 0 };
const segment = {
  id: 's',
  projectId: 'p',
  documentId: 'd',
  order: 0,
  paragraph: 0,
  source: '一。',
  target: { type: 'doc', content: [{ type: 'paragraph' }] },
  targetText: '',
  status: 'new',
  note: '',
};
const bundleText = (changes: Record<string, unknown> = {}, stores: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'bitext-workbench-project',
    version: 1,
    project,
    stores: { documents: [document], segments: [segment], ...stores },
    ...changes,
  });

describe('readProjectBundle', () => {
  it('reads the frozen bundle of version 1', () => {
    const bundle = readProjectBundle(FROZEN_VERSION_1);
    expect(bundle.project).toMatchObject({ name: '山西 bundle v1' });
    expect(bundle.stores.segments).toHaveLength(3);
    expect(bundle.stores.glossaryEntries?.[0]).toMatchObject({ term: '山西' });
    expect(exchangeDocumentFromBundle(bundle)).toMatchObject({
      sourceLang: 'zh-CN',
      targetLang: 'en',
      units: [
        {
          source: '山西加快转型发展。',
          target: 'Shanxi speeds up its transformation.',
          status: 'translated',
        },
        {
          source: '全会精神鼓舞人心！',
          target: 'The plenary <inspires> & "moves" people.',
          status: 'draft',
        },
        { source: '“新路”在脚下。', target: '', status: 'new', note: 'check the quote marks' },
      ],
    });
  });

  it('is told from JSON Lines by its content', () => {
    expect(detectExchangeFormat(FROZEN_VERSION_1, 'backup.txt')).toBe('json');
  });

  it.each([
    ['not JSON', '{"format":', 'notJson'],
    ['another JSON document', '{"hello": 1}', 'notBundle'],
    ['a newer version', bundleText({ version: 2 }), 'newerVersion'],
    ['a version that is no number', bundleText({ version: '1' }), 'badVersion'],
    ['a store it does not know', bundleText({}, { gossip: [] }), 'unknownStore'],
    [
      'a segment without source',
      bundleText({}, { segments: [{ ...segment, source: 1 }] }),
      'badRow',
    ],
    [
      'a segment of an unknown status',
      bundleText({}, { segments: [{ ...segment, status: 'done' }] }),
      'badRow',
    ],
    [
      'a target that is no rich text',
      bundleText({}, { segments: [{ ...segment, target: 'x' }] }),
      'badRow',
    ],
    [
      'a row of another project',
      bundleText({}, { segments: [{ ...segment, projectId: 'q' }] }),
      'foreignRow',
    ],
    [
      'a segment of a missing document',
      bundleText({}, { segments: [{ ...segment, documentId: 'x' }] }),
      'missingParent',
    ],
    [
      'a change of a missing alignment',
      bundleText({}, { alignmentChanges: [{ alignmentId: 'a', sequence: 1 }] }),
      'missingParent',
    ],
    ['two segments of one id', bundleText({}, { segments: [segment, segment] }), 'duplicateKey'],
    [
      'a glossary no project link names',
      bundleText({}, { glossaries: [{ id: 'g', name: 'G' }] }),
      'foreignRow',
    ],
    [
      'a link to a missing glossary',
      bundleText(
        {},
        { projectGlossaries: [{ id: 'l', projectId: 'p', glossaryId: 'g', order: 0 }] },
      ),
      'missingParent',
    ],
  ])('refuses %s', (_, text, code) => {
    expect(() => readProjectBundle(text)).toThrow(expect.objectContaining({ code }));
  });

  it('names the store and row of a bad row', () => {
    expect(() =>
      readProjectBundle(bundleText({}, { segments: [segment, { ...segment, id: 't', note: 3 }] })),
    ).toThrow(expect.objectContaining({ subject: 'segments.note', row: 2 }));
  });

  it('reads back what it writes, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), {
          maxLength: 8,
        }),
        (pairs) => {
          const bundle: ProjectBundle = {
            format: 'bitext-workbench-project',
            version: 1,
            exportedAt: 5,
            application: { name: 'Bitext Workbench', version: '0.1.0' },
            project,
            stores: {
              documents: [document],
              segments: pairs.map(([source, note], order) => ({
                ...segment,
                id: `s${order}`,
                order,
                source,
                note,
              })),
            },
          };
          expect(readProjectBundle(writeProjectBundle(bundle))).toEqual({
            ...bundle,
            stores: Object.fromEntries(
              BUNDLE_STORES.map(({ store }) => [store, bundle.stores[store] ?? []]),
            ),
          });
        },
      ),
    );
  });
});
