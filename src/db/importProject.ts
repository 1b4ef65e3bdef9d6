import type { ProjectId } from '../domain/ids';
import { newId } from '../domain/ids';
import {
  segmentTextStream,
  type SegmentedSentence,
} from '../domain/segmentation/segmentTextStream';
import { findUnsafeCharacters } from '../domain/text/findUnsafeCharacters';
import { openTextFile } from '../domain/text/openTextFile';
import { TextFileError } from '../domain/text/TextFileError';
import { beginProjectImport, type ImportDatabases } from './beginProjectImport';
import type { ImportLocks } from './createImportLocks';
import { ImportCancelledError } from './ImportCancelledError';

export type ImportSource =
  { readonly kind: 'file'; readonly file: Blob } | { readonly kind: 'text'; readonly text: string };

export interface ImportProgress {
  /** How much of the source is stored, from 0 to 1. */
  readonly fraction: number;
  readonly segments: number;
}

export interface ImportProjectOptions {
  readonly locks: ImportLocks;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Segments a transaction. */
  readonly batchSize?: number;
  /** Bytes of a file, or characters of a text, read at a time. */
  readonly chunkSize?: number;
}

export interface ImportedProject {
  readonly projectId: ProjectId;
  readonly segments: number;
}

const BATCH_SIZE = 2000;
const CHUNK_SIZE = 1024 * 1024;

interface ReadSource {
  readonly pieces: AsyncIterable<string>;
  readonly fraction: () => number;
}

async function readSource(source: ImportSource, chunkSize: number): Promise<ReadSource> {
  if (source.kind === 'file') {
    const file = await openTextFile(source.file, chunkSize);
    return { pieces: file.pieces(), fraction: () => file.bytesRead() / file.size };
  }
  const { text } = source;
  const unsafe = findUnsafeCharacters(text);
  if (unsafe.nulCharacters + unsafe.loneSurrogates > 0) {
    throw new TextFileError(
      'binary',
      `The text holds ${unsafe.nulCharacters} NUL characters and ${unsafe.loneSurrogates} lone surrogates.`,
    );
  }
  let charactersRead = 0;
  async function* pieces(): AsyncGenerator<string, void, undefined> {
    while (charactersRead < text.length) {
      const end = Math.min(charactersRead + chunkSize, text.length);
      yield text.slice(charactersRead, end);
      charactersRead = end;
    }
  }
  return {
    pieces: pieces(),
    fraction: () => (text.length === 0 ? 1 : charactersRead / text.length),
  };
}

/**
 * Creates a project from a text file or a text: decodes, segments and stores it a batch of
 * segments at a time (see beginProjectImport), holding the import's lock throughout. Until the
 * last transaction no tab sees the project; when it fails or `signal` aborts, everything it
 * stored is removed before it rejects (with ImportCancelledError when aborted, else the
 * TextFileError, StorageInputError or storage error that stopped it).
 */
export async function importProject(
  databases: ImportDatabases,
  { name, source }: { name: string; source: ImportSource },
  {
    locks,
    signal,
    onProgress,
    batchSize = BATCH_SIZE,
    chunkSize = CHUNK_SIZE,
  }: ImportProjectOptions,
): Promise<ImportedProject> {
  const projectId = newId<ProjectId>();
  return locks.hold(projectId, async () => {
    const writer = await beginProjectImport(databases, { projectId, name });
    try {
      signal?.throwIfAborted();
      const read = await readSource(source, chunkSize);
      let pending: SegmentedSentence[] = [];
      const store = async (sentences: readonly SegmentedSentence[]) => {
        signal?.throwIfAborted();
        await writer.addSegments(sentences);
        onProgress?.({ fraction: read.fraction(), segments: writer.segmentCount() });
      };
      for await (const sentences of segmentTextStream(read.pieces, 'zh', { batchSize })) {
        pending = pending.concat(sentences);
        if (pending.length >= batchSize) {
          await store(pending.slice(0, batchSize));
          pending = pending.slice(batchSize);
        }
      }
      if (pending.length > 0) await store(pending);
      signal?.throwIfAborted();
      await writer.finish();
      return { projectId, segments: writer.segmentCount() };
    } catch (error) {
      await writer.abandon().catch(() => undefined);
      throw signal?.aborted === true
        ? new ImportCancelledError('The import was cancelled.')
        : error;
    }
  });
}
