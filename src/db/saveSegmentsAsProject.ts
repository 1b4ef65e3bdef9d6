import type { ProjectId } from '../domain/ids';
import type { Segment } from '../domain/model';
import type { RichTextDoc } from '../domain/richText';
import { insertProject } from './insertProject';
import { StorageInputError } from './StorageInputError';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

/**
 * Stores segments kept in memory (a project deleted in another tab while this one edited it) as a
 * new project, with their paragraphs, statuses and the targets as the translator last saw them.
 */
export async function saveSegmentsAsProject(
  database: WorkbenchDatabase,
  {
    name,
    segments,
    targetOf,
  }: {
    readonly name: string;
    readonly segments: readonly Segment[];
    readonly targetOf: (segment: Segment) => RichTextDoc;
  },
): Promise<ProjectId> {
  if (name.trim() === '') throw new StorageInputError('emptyName', 'A project needs a name.');
  if (segments.length === 0)
    throw new StorageInputError('emptyText', 'There is no segment to keep.');
  const paragraphs = new Map<
    number,
    { source: string; target: RichTextDoc; status: Segment['status'] }[]
  >();
  for (const segment of [...segments].sort((left, right) => left.order - right.order)) {
    const sentences = paragraphs.get(segment.paragraph) ?? [];
    sentences.push({ source: segment.source, target: targetOf(segment), status: segment.status });
    paragraphs.set(segment.paragraph, sentences);
  }
  return database.transaction('rw', database.projects, database.documents, database.segments, () =>
    insertProject(database, {
      name: name.trim(),
      isSample: false,
      documentName: name.trim(),
      paragraphs: [...paragraphs.values()],
    }),
  );
}
