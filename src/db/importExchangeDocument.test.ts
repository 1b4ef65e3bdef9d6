import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeDocumentFromSegments } from '../domain/exchange/exchangeDocumentFromSegments';
import type { ExchangeDocument } from '../domain/exchange/exchangeUnit';
import { readTmx } from '../domain/exchange/readTmx';
import { writeTmx } from '../domain/exchange/writeTmx';
import { richTextFromPlainText } from '../domain/richText';
import { listDocumentAnnotations, listQualityScores } from './annotationRepository';
import type { ProjectId } from '../domain/ids';
import { importExchangeDocument } from './importExchangeDocument';
import { listMemoryUnits } from './memoryRepository';
import { createProjectFromText, getProject } from './projectRepository';
import { listDocuments, listSegments, saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { openTestDatabase } from './testing/openTestDatabase';
import { readAllRows } from './testing/readAllRows';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;

beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '第一句。' });
});
afterEach(async () => {
  await database.delete();
});

const exchange: ExchangeDocument = {
  sourceLang: 'zh-Hans',
  targetLang: 'en-US',
  units: [
    { source: '山西。', target: 'Shanxi.', status: 'approved', note: 'ok', changedAt: 7 },
    { source: '太原。', target: '', status: 'translated', note: '' },
    { source: '大同。', target: 'Datong.', status: 'new', note: '' },
  ],
};

describe('importExchangeDocument', () => {
  it('adds the units as a document after the project’s own, confirmed ones to the memory', async () => {
    const result = await importExchangeDocument(database, exchange, { projectId }, 'shanxi.tmx');
    const documents = await listDocuments(database, projectId);
    expect(documents.map((document) => [document.name, document.order])).toEqual([
      ['P', 0],
      ['shanxi.tmx', 1],
    ]);
    const segments = await listSegments(database, itemAt(result.documentIds, 0));
    expect(
      segments.map(({ source, targetText, status, note }) => [source, targetText, status, note]),
    ).toEqual([
      ['山西。', 'Shanxi.', 'approved', 'ok'],
      ['太原。', '', 'new', ''],
      ['大同。', 'Datong.', 'draft', ''],
    ]);
    expect(itemAt(segments, 0).updatedAt).toBe(7);
    expect((await listMemoryUnits(database)).map((unit) => unit.target)).toEqual(['Shanxi.']);
  });

  it('makes a new project with the file’s language tags, a document a file', async () => {
    const twoFiles: ExchangeDocument = {
      ...exchange,
      units: exchange.units.map((unit, index) => ({
        ...unit,
        file: index === 0 ? 'a.txt' : 'b.txt',
      })),
    };
    const result = await importExchangeDocument(
      database,
      twoFiles,
      { newProjectName: ' New ' },
      'x',
    );
    expect(await getProject(database, result.projectId)).toMatchObject({
      name: 'New',
      languageTags: { source: 'zh-Hans', target: 'en-US' },
    });
    expect(
      (await listDocuments(database, result.projectId)).map((document) => document.name),
    ).toEqual(['a.txt', 'b.txt']);
  });

  it('writes nothing when it fails', async () => {
    const before = await readAllRows(database);
    await expect(
      importExchangeDocument(database, exchange, { projectId: 'gone' as ProjectId }, 'x'),
    ).rejects.toThrow();
    await expect(
      importExchangeDocument(database, { ...exchange, units: [] }, { projectId }, 'x'),
    ).rejects.toThrow();
    expect(await readAllRows(database)).toEqual(before);
  });

  it('stores the annotations a file carries on their segments, linked ones linked', async () => {
    const annotated: ExchangeDocument = {
      ...exchange,
      units: [
        {
          ...itemAt(exchange.units, 0),
          annotations: [
            {
              side: 'source',
              start: 0,
              end: 2,
              category: 'term',
              comment: '',
              author: 'Li',
              linkedIndex: 1,
            },
            {
              side: 'target',
              start: 0,
              end: 6,
              category: 'mistranslation',
              severity: 'critical',
              comment: 'wrong',
              author: 'Li',
              createdAt: 5,
              linkedIndex: 0,
            },
            { side: 'target', start: 3, end: 99, category: 'style', comment: '', author: '' },
          ],
        },
        ...exchange.units.slice(1),
      ],
    };
    const result = await importExchangeDocument(database, annotated, { projectId }, 'x.xlf');
    const documentId = itemAt(result.documentIds, 0);
    const segment = itemAt(await listSegments(database, documentId), 0);
    const stored = await listDocumentAnnotations(database, documentId);
    const source = stored.find((annotation) => annotation.side === 'source');
    const target = stored.find((annotation) => annotation.side === 'target');
    expect(stored).toHaveLength(2);
    expect(source).toMatchObject({ segmentId: segment.id, quote: '山西', category: 'term' });
    expect(target).toMatchObject({
      quote: 'Shanxi',
      anchoredText: 'Shanxi.',
      severity: 'critical',
      createdAt: 5,
      linkedId: source?.id,
    });
    expect(source?.linkedId).toBe(target?.id);
    expect((await listQualityScores(database, documentId)).at(-1)?.penalty).toBe(25);
  });
});

describe('inline codes of an imported file', () => {
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="zh-CN"><seg><bpt i="1">&lt;b&gt;</bpt>山西<ept i="1">&lt;/b&gt;</ept>很好。</seg></tuv><tuv xml:lang="en"><seg><bpt i="1">&lt;b&gt;</bpt>Shanxi<ept i="1">&lt;/b&gt;</ept> is fine.</seg></tuv></tu>
</body></tmx>`;
  const exported = async () =>
    writeTmx(
      exchangeDocumentFromSegments({
        sourceLang: 'zh-CN',
        targetLang: 'en',
        documents: await listDocuments(database, projectId),
        segments: (
          await Promise.all(
            (await listDocuments(database, projectId)).map((document) =>
              listSegments(database, document.id),
            ),
          )
        ).flat(),
      }),
    );

  it('are kept with the segments and written back out, a target’s until it is edited', async () => {
    const read = await readTmx(tmx);
    const { documentIds } = await importExchangeDocument(database, read, { projectId }, 'b.tmx');
    expect(await exported()).toContain(
      '<seg><bpt i="1">&lt;b&gt;</bpt>Shanxi<ept i="1">&lt;/b&gt;</ept> is fine.</seg>',
    );
    const [segment] = await listSegments(database, itemAt(documentIds, 0));
    if (segment === undefined) throw new Error('no segment');
    await saveSegmentTarget(database, segment.id, {
      target: richTextFromPlainText('Shanxi is doing well.'),
    });
    const after = await exported();
    expect(after).toContain(
      '<seg><bpt i="1">&lt;b&gt;</bpt>山西<ept i="1">&lt;/b&gt;</ept>很好。</seg>',
    );
    expect(after).toContain('<seg>Shanxi is doing well.</seg>');
  });
});
