import { useCallback, useMemo } from 'react';
import {
  importExchangeDocument,
  type ExchangeDestination,
  type ImportedExchange,
} from '../../db/importExchangeDocument';
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
  readonly importBundle: (bundle: ProjectBundle) => Promise<ProjectId>;
}

/** Stores what the import dialog read, each kind in one transaction (pairs for the memory are
 * stored by the exchange read worker: see useExchangeReader). */
export function useExchangeImport(): ExchangeImport {
  const database = useDatabase();
  const importDocument = useCallback(
    (document: ExchangeDocument, destination: ExchangeDestination, documentName: string) =>
      importExchangeDocument(database, document, destination, documentName),
    [database],
  );
  const importBundle = useCallback(
    (bundle: ProjectBundle) => importProjectBundle(database, bundle),
    [database],
  );
  return useMemo(() => ({ importDocument, importBundle }), [importDocument, importBundle]);
}
