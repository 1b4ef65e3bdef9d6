/**
 * Writes, through today's repository functions, the kinds of rows users have: the sample project
 * (terms, drafts, the sampleSeeded flag), a typed draft with its lastSave and a revision kept
 * when another tab typed on, a target with bold, italic and a hard break as the editor stored
 * them before it dropped marks, a confirmed segment restored from its history, an untouched
 * empty `new` segment, a project of two documents and a term added by hand; from version 5 on,
 * annotations on both sides (two linked, one detached by typing) and a resolved comment thread.
 *
 * Pass a factory that opens the database with the schema to test from, e.g. frozen version 1
 * (openFrozenSchemaDatabase); the factory is called twice, for two tabs. Every database it opens
 * is closed on return. When a repository starts writing a store or field the old version lacks,
 * keep what this wrote for that version (as frozen data) instead of changing it.
 */
import type { ProjectId, SegmentId, TermId } from '../../domain/ids';
import { newId } from '../../domain/ids';
import { richTextFromPlainText, type RichTextDoc } from '../../domain/richText';
import type { SampleCorpus } from '../../domain/sample/buildSampleCorpus';
import { addAnnotations, saveAnnotationAnchors } from '../annotationRepository';
import { insertProject } from '../insertProject';
import { addSegmentComment, setThreadResolved } from '../segmentCommentRepository';
import { loadSampleCorpus } from '../loadSampleCorpus';
import { createProjectFromText } from '../projectRepository';
import { listRevisions, restoreRevision, saveSegmentTarget } from '../segmentRepository';
import { sampleSeededKey } from '../seedSampleProject';
import type { WorkbenchDatabase } from '../WorkbenchDatabase';
import { itemAt } from './itemAt';
import { listProjectSegments } from './listProjectSegments';

const MARKED_TARGET: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Shanxi', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' presses on' },
        { type: 'hardBreak' },
        { type: 'text', text: 'with ' },
        { type: 'text', text: 'transformation', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
};

export async function writeUserDataFixture(openDatabase: () => WorkbenchDatabase): Promise<void> {
  const tab = openDatabase();
  const otherTab = openDatabase();
  try {
    const sampleId = await seedVersion1Sample(tab, loadSampleCorpus());
    const firstOfSample = itemAt(await listProjectSegments(tab, sampleId), 0);
    await saveSegmentTarget(tab, firstOfSample.id, {
      target: firstOfSample.target,
      status: 'reviewed',
    });

    const projectId = await createProjectFromText(tab, {
      name: '两份文件',
      text: '第一句。第二句。\n\n第三句。',
    });
    await addSecondDocument(tab, projectId, '另一份文件的句子。');
    const [typed, marked] = await listProjectSegments(tab, projectId);
    if (typed === undefined || marked === undefined) throw new Error('Too few segments.');

    await saveSegmentTarget(tab, typed.id, { target: plain('The first'), status: 'draft' });
    await saveSegmentTarget(tab, typed.id, { target: plain('The first sentence.') });
    await saveSegmentTarget(otherTab, typed.id, { target: plain('The first sentence, edited.') });

    await saveSegmentTarget(tab, marked.id, { target: MARKED_TARGET, status: 'draft' });
    await saveSegmentTarget(tab, marked.id, { target: MARKED_TARGET, status: 'translated' });
    const [draftBeforeConfirming] = await listRevisions(tab, marked.id);
    if (draftBeforeConfirming === undefined) throw new Error('Confirming kept no revision.');
    await restoreRevision(tab, draftBeforeConfirming.id);

    const now = Date.now();
    await tab.terms.add({
      id: newId<TermId>(),
      projectId,
      source: '第一句',
      target: 'first sentence',
      partOfSpeech: 'phrase',
      note: 'added by hand',
      createdAt: now,
      updatedAt: now,
    });
    if (tab.tables.some((table) => table.name === 'annotations')) await annotate(tab, typed.id);
  } finally {
    tab.close();
    otherTab.close();
  }
}

/** Annotations and a comment thread on the typed segment, as version 5 stores them. */
async function annotate(database: WorkbenchDatabase, segmentId: SegmentId): Promise<void> {
  const segment = await database.segments.get(segmentId);
  if (segment === undefined) throw new Error('The typed segment is gone.');
  const text = segment.targetText;
  const common = { segmentId, comment: '', author: 'Lin' };
  const [, , detached] = await addAnnotations(
    database,
    [
      { ...common, side: 'source', text: segment.source, start: 0, end: 2, category: 'term' },
      { ...common, side: 'target', text, start: 4, end: 9, category: 'term' },
    ],
    { isLinked: true },
  ).then(async (linked) => [
    ...linked,
    ...(await addAnnotations(database, [
      {
        ...common,
        side: 'target',
        text,
        start: 10,
        end: 18,
        category: 'mistranslation',
        severity: 'major',
        comment: 'wrong word',
      },
    ])),
  ]);
  const [rendering] = linked(
    await database.annotations.where('segmentId').equals(segmentId).toArray(),
  );
  if (detached === undefined || rendering === undefined) throw new Error('Annotations not added.');
  await saveAnnotationAnchors(database, segmentId, {
    text,
    ranges: [{ id: rendering.id, start: rendering.start, end: rendering.end }],
    knownIds: [rendering.id, detached.id],
  });
  await addSegmentComment(database, segmentId, { author: 'Lin', text: 'Check the glossary.' });
  await addSegmentComment(database, segmentId, { author: 'Wu', text: 'Done.' });
  await setThreadResolved(database, segmentId, { isResolved: true, author: 'Wu' });
}

function linked<T extends { readonly side: string; readonly linkedId?: unknown }>(
  annotations: T[],
): T[] {
  return annotations.filter(
    (annotation) => annotation.side === 'target' && annotation.linkedId !== undefined,
  );
}

function plain(text: string): RichTextDoc {
  return richTextFromPlainText(text);
}

/**
 * No repository adds a document to a project yet; the rows are those createProjectFromText
 * writes, moved into the project as its second document.
 */
async function addSecondDocument(
  database: WorkbenchDatabase,
  projectId: ProjectId,
  text: string,
): Promise<void> {
  const donorId = await createProjectFromText(database, { name: '第二份文件', text });
  const { projects, documents, segments } = database;
  await database.transaction('rw', projects, documents, segments, async () => {
    await documents.where('projectId').equals(donorId).modify({ projectId, order: 1 });
    await segments.where('projectId').equals(donorId).modify({ projectId });
    await projects.delete(donorId);
  });
}

/**
 * The sample as version 1 seeded it (frozen data: version 3 keeps terms in glossaries): the
 * project, its glossary as terms rows, and the sampleSeeded flag.
 */
async function seedVersion1Sample(
  database: WorkbenchDatabase,
  corpus: SampleCorpus,
): Promise<ProjectId> {
  const { projects, documents, segments, terms, meta } = database;
  return database.transaction('rw', [projects, documents, segments, terms, meta], async () => {
    if ((await meta.get(sampleSeededKey)) !== undefined)
      throw new Error('The fixture database was not empty.');
    const projectId = await insertProject(database, {
      name: corpus.name,
      isSample: true,
      documentName: corpus.name,
      paragraphs: corpus.paragraphs.map((sentences) =>
        sentences.map(({ source, target }) => ({
          source,
          target: richTextFromPlainText(target),
          status: target.trim() === '' ? ('new' as const) : ('draft' as const),
        })),
      ),
    });
    const now = Date.now();
    const distinct = new Map(
      corpus.glossary.map((entry) => [`${entry.source}\t${entry.target}`, entry]),
    );
    await terms.bulkAdd(
      [...distinct.values()].map((entry) => ({
        id: newId<TermId>(),
        projectId,
        ...entry,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await meta.put({ key: sampleSeededKey, value: { projectId, seededAt: now } });
    return projectId;
  });
}
