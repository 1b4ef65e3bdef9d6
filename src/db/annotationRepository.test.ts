import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../domain/model';
import { locateAnnotations } from '../domain/annotation/locateAnnotations';
import { richTextFromPlainText } from '../domain/richText';
import {
  addAnnotations,
  changeAnnotation,
  deleteAnnotation,
  linkAnnotations,
  listDocumentAnnotations,
  listQualityScores,
  reattachAnnotation,
  saveAnnotationAnchors,
  unlinkAnnotation,
  type NewAnnotation,
} from './annotationRepository';
import { changeAnnotationSettings, readAnnotationSettings } from './annotationSettingsRepository';
import { createProjectFromText } from './projectRepository';
import { listSegments, saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import { openWorkbenchDatabase } from './WorkbenchDatabase';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let segment: Segment;
const target = 'Shanxi slows its transformation.';

beforeEach(async () => {
  database = openTestDatabase();
  const projectId = await createProjectFromText(database, { name: 'P', text: '山西加快转型。' });
  segment = itemAt(await listProjectSegments(database, projectId), 0);
  segment = await saveSegmentTarget(database, segment.id, {
    target: richTextFromPlainText(target),
  });
});
afterEach(async () => {
  await database.delete();
});

const onTarget = (quote: string, fields: Partial<NewAnnotation> = {}): NewAnnotation => ({
  segmentId: segment.id,
  side: 'target',
  text: target,
  start: target.indexOf(quote),
  end: target.indexOf(quote) + quote.length,
  category: 'mistranslation',
  severity: 'major',
  comment: ' speeds up ',
  author: 'Lin',
  ...fields,
});

describe('annotationRepository', () => {
  it('links a source span to a target span after the fact, moving a link and undoing it', async () => {
    const onSource = {
      ...onTarget('slows'),
      side: 'source' as const,
      text: '山西加快转型。',
      start: 2,
      end: 4,
    };
    const [source] = await addAnnotations(database, [onSource]);
    const [first] = await addAnnotations(database, [onTarget('slows')]);
    const [second] = await addAnnotations(database, [onTarget('transformation')]);
    if (source === undefined || first === undefined || second === undefined)
      throw new Error('added');
    await linkAnnotations(database, source.id, first.id);
    await linkAnnotations(database, source.id, second.id);
    const links = async () =>
      Object.fromEntries(
        (await listDocumentAnnotations(database, segment.documentId)).map((annotation) => [
          annotation.id,
          annotation.linkedId,
        ]),
      );
    expect(await links()).toEqual({
      [source.id]: second.id,
      [first.id]: undefined,
      [second.id]: source.id,
    });
    await expect(linkAnnotations(database, first.id, second.id)).rejects.toMatchObject({
      reason: 'badAnnotationLink',
    });
    await unlinkAnnotation(database, second.id);
    expect(Object.values(await links())).toEqual([undefined, undefined, undefined]);
  });

  it('adds annotations with their quote and text, linked when asked, and records the score', async () => {
    const [source, rendering] = await addAnnotations(
      database,
      [
        {
          ...onTarget('slows'),
          side: 'source',
          text: segment.source,
          start: 2,
          end: 4,
          category: 'term',
          severity: undefined,
        },
        onTarget('transformation', { category: 'term', severity: undefined }),
      ],
      { isLinked: true },
    );
    expect(source).toMatchObject({
      quote: '加快',
      anchoredText: '山西加快转型。',
      linkedId: rendering?.id,
    });
    expect(rendering).toMatchObject({
      quote: 'transformation',
      linkedId: source?.id,
      documentId: segment.documentId,
    });
    const [mistranslation] = await addAnnotations(database, [onTarget('slows')]);
    expect(mistranslation).toMatchObject({
      comment: 'speeds up',
      severity: 'major',
      author: 'Lin',
    });
    const scores = await listQualityScores(database, segment.documentId);
    expect(scores.map((score) => score.penalty)).toEqual([0, 5]);
    expect(scores[1]).toMatchObject({ sourceCharacters: 6, targetWords: 4 });
  });

  it.each([
    ['an empty range', { start: 3, end: 3 }],
    ['a range past the text', { start: 3, end: 99 }],
    [
      'a source text that is not the source',
      { side: 'source' as const, text: '别的', start: 0, end: 1 },
    ],
  ])('refuses %s and stores nothing', async (_label, fields) => {
    await expect(addAnnotations(database, [onTarget('slows', fields)])).rejects.toMatchObject({
      reason: 'badAnnotationRange',
    });
    expect(await listDocumentAnnotations(database, segment.documentId)).toEqual([]);
  });

  it('changes, detaches, reattaches through undo and deletes, unlinking the partner', async () => {
    const [slows, its] = await addAnnotations(database, [onTarget('slows'), onTarget('its')], {
      isLinked: true,
    });
    if (slows === undefined || its === undefined) throw new Error('Not added.');
    await changeAnnotation(database, slows.id, { severity: 'critical', comment: 'wrong verb' });
    const typed = 'Shanxi speeds up its transformation.';
    // "slows" was retyped away (its mark is gone); "its" moved.
    await saveAnnotationAnchors(database, segment.id, {
      text: typed,
      ranges: [{ id: its.id, start: 17, end: 20 }],
      knownIds: [slows.id, its.id],
    });
    let stored = await listDocumentAnnotations(database, segment.documentId);
    expect(stored.find((entry) => entry.id === slows.id)).toMatchObject({
      severity: 'critical',
      comment: 'wrong verb',
    });
    expect(stored.find((entry) => entry.id === slows.id)?.detachedAt).toBeTypeOf('number');
    expect(stored.find((entry) => entry.id === its.id)).toMatchObject({
      quote: 'its',
      anchoredText: typed,
    });
    await saveAnnotationAnchors(database, segment.id, {
      text: target,
      ranges: [{ id: slows.id, start: 7, end: 12 }],
      knownIds: [slows.id, its.id],
    });
    stored = await listDocumentAnnotations(database, segment.documentId);
    expect(stored.find((entry) => entry.id === slows.id)).not.toHaveProperty('detachedAt');
    expect(stored.find((entry) => entry.id === its.id)?.detachedAt).toBeTypeOf('number');
    await reattachAnnotation(database, its.id, { text: target, start: 13, end: 16 });
    await deleteAnnotation(database, slows.id);
    stored = await listDocumentAnnotations(database, segment.documentId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toHaveProperty('linkedId');
    expect(stored[0]).not.toHaveProperty('detachedAt');
    const penalties = (await listQualityScores(database, segment.documentId)).map(
      (score) => score.penalty,
    );
    expect(penalties).toEqual([10, 30, 5, 25, 30, 5]);
  });

  it('leaves alone the annotations the editor did not know of (another tab added them)', async () => {
    const [other] = await addAnnotations(database, [onTarget('slows')]);
    await saveAnnotationAnchors(database, segment.id, { text: target, ranges: [], knownIds: [] });
    expect(await listDocumentAnnotations(database, segment.documentId)).toEqual([other]);
  });

  it('keeps the settings, their defaults where a part is missing or damaged', async () => {
    expect((await readAnnotationSettings(database)).penalties).toEqual({
      minor: 1,
      major: 5,
      critical: 25,
    });
    await changeAnnotationSettings(database, {
      author: '  Lin  ',
      penalties: { minor: 2, major: 6, critical: 30 },
    });
    expect(await readAnnotationSettings(database)).toMatchObject({
      author: 'Lin',
      penalties: { minor: 2 },
    });
    await database.meta.put({
      key: 'annotationSettings',
      value: { author: 'Wu', typology: { categories: 3 }, penalties: { minor: -1 } },
    });
    const settings = await readAnnotationSettings(database);
    expect(settings).toMatchObject({ author: 'Wu', penalties: { minor: 1, major: 5 } });
    expect(settings.typology.name).toBe('MQM');
  });

  it('places annotations again after another tab rewrote the segment, and keeps those it cannot place', async () => {
    const [slows, its] = await addAnnotations(database, [onTarget('slows'), onTarget('its')]);
    const otherTab = openWorkbenchDatabase(database.name, { indexedDB, IDBKeyRange });
    try {
      await saveSegmentTarget(otherTab, segment.id, {
        target: richTextFromPlainText('Now Shanxi slows down the change.'),
      });
    } finally {
      otherTab.close();
    }
    const located = locateAnnotations(
      await listSegments(database, segment.documentId),
      await listDocumentAnnotations(database, segment.documentId),
    );
    expect(located.map(({ annotation, range }) => [annotation.id, range])).toEqual([
      [slows?.id, { start: 11, end: 16 }],
      [its?.id, undefined],
    ]);
    // Nothing is lost: the one that cannot be placed is still stored, with its quote.
    expect(located[1]?.annotation).toMatchObject({ quote: 'its', comment: 'speeds up' });
  });
});
