import { useCallback, useMemo } from 'react';
import {
  importExchangeDocument,
  type ExchangeDestination,
  type ImportedExchange,
} from '../../db/importExchangeDocument';
import { importMemoryPairs } from '../../db/memoryRepository';
import { importProjectBundle } from '../../db/importProjectBundle';
import type { ProjectBundle } from '../../domain/bundle/projectBundle';
import type { ExchangeDocument } from '../../domain/exchange/exchangeUnit';
import type { ProjectId } from '../../domain/ids';
import { useDatabase } from '../DatabaseContext';

export interface ExchangeImport {
  readonly importDocument: (
    document: ExchangeDocument,
    destination: ExchangeDestination,
    documentName: string,
  ) => Promise<ImportedExchange>;
  /** Adds the pairs to the shared memory in batches; returns how many were new. */
  readonly importMemory: (
    document: ExchangeDocument,
    onProgress: (done: number) => void,
    options?: { readonly signal?: AbortSignal },
  ) => Promise<number>;
  readonly importBundle: (bundle: ProjectBundle) => Promise<ProjectId>;
}

/** Stores what the import dialog read, each kind in one transaction. */
export function useExchangeImport(): ExchangeImport {
  const database = useDatabase();
  const importDocument = useCallback(
    (document: ExchangeDocument, destination: ExchangeDestination, documentName: string) =>
      importExchangeDocument(database, document, destination, documentName),
    [database],
  );
  const importMemory = useCallback(
    (
      document: ExchangeDocument,
      onProgress: (done: number) => void,
      { signal }: { readonly signal?: AbortSignal } = {},
    ) =>
      importMemoryPairs(database, document.units, {
        onProgress,
        ...(signal === undefined ? {} : { signal }),
      }),
    [database],
  );
  const importBundle = useCallback(
    (bundle: ProjectBundle) => importProjectBundle(database, bundle),
    [database],
  );
  return useMemo(
    () => ({ importDocument, importMemory, importBundle }),
    [importDocument, importMemory, importBundle],
  );
}
