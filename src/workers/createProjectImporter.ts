import type { ImportedProject, ImportProgress, ImportSource } from '../db/importProject';
import { ImportCancelledError } from '../db/ImportCancelledError';
import { newId } from '../domain/ids';
import type { TextEncodingName } from '../domain/text/textEncodingName';
import { ProjectImportFailedError } from './ProjectImportFailedError';
import type { ProjectImportMessage, ProjectImportRequest } from './projectImportProtocol';

/** The part of a Worker that the importer needs; an in-thread stand-in in tests. */
export interface ProjectImportPort {
  postMessage(message: ProjectImportRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface ProjectImportJob<T> {
  /** Rejects with ImportCancelledError after cancel(), with ProjectImportFailedError on failure. */
  readonly result: Promise<T>;
  readonly cancel: () => void;
}

export interface FilePreview {
  readonly encoding: TextEncodingName;
  readonly headText: string;
}

export interface InspectedFile {
  readonly encoding: TextEncodingName;
  readonly chineseCharacters: number;
}

export interface ProjectImporter {
  /** Detects a file's encoding, previews it (`onPreview`, soon) and counts its Chinese characters. */
  inspect(file: Blob, onPreview: (preview: FilePreview) => void): ProjectImportJob<InspectedFile>;
  importProject(
    request: {
      readonly databaseName: string;
      readonly name: string;
      readonly source: ImportSource;
    },
    onProgress: (progress: ImportProgress) => void,
  ): ProjectImportJob<ImportedProject>;
  /** Removes what imports of closed tabs left behind; resolves to how many. */
  cleanUp(databaseName: string): Promise<number>;
  /** Lets the worker end once its jobs are over (a cancelled import first removes its rows). */
  close(): void;
}

type Settle<T> = (message: ProjectImportMessage) => T | undefined;
type WithoutJobId<Request> = Request extends unknown ? Omit<Request, 'jobId'> : never;
type JobRequest = WithoutJobId<Exclude<ProjectImportRequest, { type: 'cancel' | 'close' }>>;

/** Runs project import jobs on a worker (createProjectImportWorker) through its message protocol. */
export function createProjectImporter(port: ProjectImportPort): ProjectImporter {
  function start<T>(
    request: JobRequest,
    settle: Settle<T>,
    onMessage: (message: ProjectImportMessage) => void = () => undefined,
  ): ProjectImportJob<T> {
    const jobId = newId<string>();
    const result = new Promise<T>((resolve, reject) => {
      const listener = (event: MessageEvent): void => {
        const message = event.data as ProjectImportMessage;
        if (message.jobId !== jobId) return;
        const settled = settle(message);
        if (message.type === 'cancelled')
          reject(new ImportCancelledError('The import was cancelled.'));
        else if (message.type === 'failed') reject(new ProjectImportFailedError(message.failure));
        else if (settled !== undefined) resolve(settled);
        else {
          onMessage(message);
          return;
        }
        port.removeEventListener('message', listener);
      };
      port.addEventListener('message', listener);
    });
    port.postMessage({ ...request, jobId });
    return { result, cancel: () => port.postMessage({ type: 'cancel', jobId }) };
  }

  return {
    inspect: (file, onPreview) =>
      start(
        { type: 'inspect', file },
        (message) =>
          message.type === 'inspected'
            ? { encoding: message.encoding, chineseCharacters: message.chineseCharacters }
            : undefined,
        (message) => {
          if (message.type === 'previewed')
            onPreview({ encoding: message.encoding, headText: message.headText });
        },
      ),
    importProject: ({ databaseName, name, source }, onProgress) =>
      start(
        { type: 'import', databaseName, name, source },
        (message) => (message.type === 'imported' ? message.project : undefined),
        (message) => {
          if (message.type === 'progress') onProgress(message.progress);
        },
      ),
    cleanUp: (databaseName) =>
      start({ type: 'cleanUp', databaseName }, (message) =>
        message.type === 'cleanedUp' ? message.removed : undefined,
      ).result,
    close: () => port.postMessage({ type: 'close', jobId: newId<string>() }),
  };
}
