import type { ImportDatabases } from '../db/beginProjectImport';
import { cleanUpAbandonedImports } from '../db/cleanUpAbandonedImports';
import type { ImportLocks } from '../db/createImportLocks';
import { describeStorageError } from '../db/describeStorageError';
import { ImportCancelledError } from '../db/ImportCancelledError';
import { importProject } from '../db/importProject';
import { StorageInputError } from '../db/StorageInputError';
import { countChineseCharacters } from '../domain/progress/countChineseCharacters';
import { openTextFile } from '../domain/text/openTextFile';
import { TextFileError } from '../domain/text/TextFileError';
import type {
  ProjectImportFailure,
  ProjectImportMessage,
  ProjectImportRequest,
} from './projectImportProtocol';

export interface ProjectImportEnvironment {
  readonly post: (message: ProjectImportMessage) => void;
  readonly openDatabases: (databaseName: string) => ImportDatabases;
  readonly locks: ImportLocks;
  /** Ends the worker, given the databases it opened; called after a `close` request once no job runs. */
  readonly close: (opened: readonly ImportDatabases[]) => void;
  /** Least time between two progress messages of a job, in milliseconds. */
  readonly progressInterval?: number;
}

const PREVIEW_CHARACTERS = 4000;
const REQUEST_TYPES: readonly string[] = ['inspect', 'import', 'cleanUp', 'cancel', 'close'];

function readRequest(message: unknown): ProjectImportRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, jobId } = message as { type?: unknown; jobId?: unknown };
  if (typeof type !== 'string' || !REQUEST_TYPES.includes(type) || typeof jobId !== 'string')
    return null;
  return message as ProjectImportRequest;
}

function describeFailure(error: unknown): ProjectImportFailure {
  if (error instanceof TextFileError)
    return { kind: 'textFile', reason: error.reason, details: error.details };
  if (error instanceof StorageInputError) return { kind: 'input', reason: error.reason };
  return {
    kind: 'storage',
    storageKind: describeStorageError(error),
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * The project import worker's logic, without the worker: give it each incoming message. Every
 * job ends in one `inspected`, `imported` or `cleanedUp` message, or `cancelled` (a `cancel` for
 * the job arrived; an import has then removed what it stored), or `failed`.
 */
export function createProjectImportMessageHandler(
  environment: ProjectImportEnvironment,
): (message: unknown) => Promise<void> {
  const { post, locks, progressInterval = 100 } = environment;
  const running = new Map<string, AbortController>();
  const databasesByName = new Map<string, ImportDatabases>();
  let isClosing = false;

  const databasesNamed = (name: string): ImportDatabases => {
    const opened = databasesByName.get(name) ?? environment.openDatabases(name);
    databasesByName.set(name, opened);
    return opened;
  };

  const closeWhenIdle = () => {
    if (!isClosing || running.size > 0) return;
    environment.close([...databasesByName.values()]);
    databasesByName.clear();
  };

  async function inspect(jobId: string, file: Blob, signal: AbortSignal): Promise<void> {
    const opened = await openTextFile(file);
    let chineseCharacters = 0;
    let isFirst = true;
    for await (const piece of opened.pieces()) {
      signal.throwIfAborted();
      if (isFirst) {
        const headText = piece.slice(0, PREVIEW_CHARACTERS);
        post({ type: 'previewed', jobId, encoding: opened.encoding, headText });
        isFirst = false;
      }
      chineseCharacters += countChineseCharacters(piece);
    }
    post({ type: 'inspected', jobId, encoding: opened.encoding, chineseCharacters });
  }

  async function run(request: Exclude<ProjectImportRequest, { type: 'cancel' | 'close' }>) {
    const { jobId } = request;
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      if (request.type === 'inspect') {
        await inspect(jobId, request.file, controller.signal);
      } else if (request.type === 'cleanUp') {
        const { quietDatabase } = databasesNamed(request.databaseName);
        post({
          type: 'cleanedUp',
          jobId,
          removed: await cleanUpAbandonedImports(quietDatabase, locks),
        });
      } else {
        let lastProgress = 0;
        const project = await importProject(
          databasesNamed(request.databaseName),
          { name: request.name, source: request.source },
          {
            locks,
            signal: controller.signal,
            onProgress: (progress) => {
              if (Date.now() - lastProgress < progressInterval) return;
              lastProgress = Date.now();
              post({ type: 'progress', jobId, progress });
            },
          },
        );
        post({ type: 'imported', jobId, project });
      }
    } catch (error) {
      if (controller.signal.aborted || error instanceof ImportCancelledError)
        post({ type: 'cancelled', jobId });
      else post({ type: 'failed', jobId, failure: describeFailure(error) });
    } finally {
      running.delete(jobId);
      closeWhenIdle();
    }
  }

  return async (message) => {
    const request = readRequest(message);
    if (request === null) return;
    if (request.type === 'cancel') {
      running.get(request.jobId)?.abort();
      return;
    }
    if (request.type === 'close') {
      isClosing = true;
      closeWhenIdle();
      return;
    }
    await run(request);
  };
}
