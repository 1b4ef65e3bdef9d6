import type { StorageErrorKind } from '../db/describeStorageError';
import type { ImportedProject, ImportProgress, ImportSource } from '../db/importProject';
import type { StorageInputReason } from '../db/StorageInputError';
import type { TextEncodingName } from '../domain/text/textEncodingName';
import type { TextFileErrorDetails, TextFileErrorReason } from '../domain/text/TextFileError';

/** Messages between the app and the project import worker. Every message names its job. */
export type ProjectImportRequest =
  /** Previews a file (encoding, beginning), then reads it whole to count its Chinese characters. */
  | { readonly type: 'inspect'; readonly jobId: string; readonly file: Blob }
  | {
      readonly type: 'import';
      readonly jobId: string;
      readonly databaseName: string;
      readonly name: string;
      readonly source: ImportSource;
    }
  /** Removes what imports of closed tabs left behind (cleanUpAbandonedImports). */
  | { readonly type: 'cleanUp'; readonly jobId: string; readonly databaseName: string }
  | { readonly type: 'cancel'; readonly jobId: string }
  /** Ends the worker once its running jobs are over. */
  | { readonly type: 'close'; readonly jobId: string };

/** Why a job failed, in terms the UI has a message for. */
export type ProjectImportFailure =
  | {
      readonly kind: 'textFile';
      readonly reason: TextFileErrorReason;
      readonly details: TextFileErrorDetails;
    }
  | { readonly kind: 'input'; readonly reason: StorageInputReason }
  | { readonly kind: 'storage'; readonly storageKind: StorageErrorKind; readonly message: string };

export type ProjectImportMessage =
  | {
      readonly type: 'previewed';
      readonly jobId: string;
      readonly encoding: TextEncodingName;
      /** The first characters of the text, for the preview. */
      readonly headText: string;
    }
  | {
      readonly type: 'inspected';
      readonly jobId: string;
      readonly encoding: TextEncodingName;
      readonly chineseCharacters: number;
    }
  | { readonly type: 'progress'; readonly jobId: string; readonly progress: ImportProgress }
  | { readonly type: 'imported'; readonly jobId: string; readonly project: ImportedProject }
  | { readonly type: 'cleanedUp'; readonly jobId: string; readonly removed: number }
  | { readonly type: 'cancelled'; readonly jobId: string }
  | { readonly type: 'failed'; readonly jobId: string; readonly failure: ProjectImportFailure };
