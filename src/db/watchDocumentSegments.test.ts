import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentId, ProjectId } from '../domain/ids';
import type { Segment } from '../domain/model';
import { richTextFromPlainText } from '../domain/richText';
import { createProjectFromText, deleteProject } from './projectRepository';
import { saveSegmentTarget } from './segmentRepository';
import { itemAt } from './testing/itemAt';
import { listProjectSegments } from './testing/listProjectSegments';
import { openTestDatabase } from './testing/openTestDatabase';
import { FIRST_ROWS, watchDocumentSegments } from './watchDocumentSegments';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;
let documentId: DocumentId;
let segments: Segment[];
let stop: () => void = () => undefined;

beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '一。二。三。' });
  segments = await listProjectSegments(database, projectId);
  documentId = itemAt(segments, 0).documentId;
});
afterEach(async () => {
  stop();
  vi.restoreAllMocks();
  await database.delete();
});

function watch() {
  const seen: (readonly Segment[])[] = [];
  const errors: unknown[] = [];
  stop = watchDocumentSegments(
    database,
    documentId,
    (next) => seen.push(next),
    (error) => errors.push(error),
  );
  return { seen, errors };
}

const lastOf = <T>(list: readonly T[]): T => itemAt(list, list.length - 1);

describe('watchDocumentSegments', () => {
  it('reads the document once, then patches the saved row without reading the document again', async () => {
    const { seen } = watch();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const wholeReads = vi.spyOn(database.segments, 'where');
    const saved = await saveSegmentTarget(database, itemAt(segments, 1).id, {
      target: richTextFromPlainText('Two.'),
      event: 'type',
    });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(wholeReads).not.toHaveBeenCalled();
    expect(lastOf(seen).map((segment) => segment.targetText)).toEqual(['', 'Two.', '']);
    expect(lastOf(seen)[1]).toEqual(saved);
    expect(lastOf(seen)[0]).toBe(itemAt(seen, 0)[0]);
  });

  it('sees saves made through another connection (another tab)', async () => {
    const { seen } = watch();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const otherTab = openTestDatabase(database.name);
    await saveSegmentTarget(otherTab, itemAt(segments, 2).id, {
      target: richTextFromPlainText('Three.'),
      event: 'type',
    });
    await vi.waitFor(() => expect(lastOf(seen)[2]?.targetText).toBe('Three.'));
    otherTab.close();
  });

  it('ignores changes to other documents', async () => {
    const { seen } = watch();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const otherProject = await createProjectFromText(database, { name: 'Q', text: '四。' });
    const [other] = await listProjectSegments(database, otherProject);
    if (other === undefined) throw new Error('no segment');
    await saveSegmentTarget(database, other.id, {
      target: richTextFromPlainText('Four.'),
      event: 'type',
    });
    const mine = await saveSegmentTarget(database, itemAt(segments, 0).id, {
      target: richTextFromPlainText('One.'),
      event: 'type',
    });
    await vi.waitFor(() => expect(lastOf(seen)[0]).toEqual(mine));
    expect(seen.every((list) => list.length === 3)).toBe(true);
  });

  it('reads the document again when its rows are deleted', async () => {
    const { seen } = watch();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await deleteProject(database, projectId);
    await vi.waitFor(() => expect(lastOf(seen)).toEqual([]));
  });

  it('gives a long document first in part, then whole', async () => {
    const longProject = await createProjectFromText(database, {
      name: 'Long',
      text: Array.from({ length: FIRST_ROWS + 5 }, (_, index) => `第${index}句。`).join(''),
    });
    documentId = itemAt(await listProjectSegments(database, longProject), 0).documentId;
    const calls: [number, boolean][] = [];
    stop = watchDocumentSegments(
      database,
      documentId,
      (next, isComplete) => calls.push([next.length, isComplete]),
      () => undefined,
    );
    await vi.waitFor(() => expect(calls.at(-1)).toEqual([FIRST_ROWS + 5, true]));
    expect(calls).toEqual([
      [FIRST_ROWS, false],
      [FIRST_ROWS + 5, true],
    ]);
  });

  it('stops calling back once stopped', async () => {
    const { seen } = watch();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    stop();
    await saveSegmentTarget(database, itemAt(segments, 0).id, {
      target: richTextFromPlainText('Late.'),
      event: 'type',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(1);
  });
});
