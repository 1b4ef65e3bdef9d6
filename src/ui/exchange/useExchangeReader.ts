import { useEffect, useMemo, useRef } from 'react';
import {
  createExchangeReader,
  type ExchangeJob,
  type ExchangeReader,
  type ExchangeReadJob,
  type ExchangeReadProgress,
} from '../../workers/createExchangeReader';
import { createExchangeReadWorker } from '../../workers/createExchangeReadWorker';
import { createInThreadExchangeReadPort } from '../../workers/createInThreadExchangeReadPort';
import type { ChosenFile } from '../../domain/exchange/readChosenFiles';
import { useDatabase } from '../DatabaseContext';

export interface ExchangeImportReader {
  read(
    files: readonly ChosenFile[],
    onProgress: (progress: ExchangeReadProgress) => void,
  ): ExchangeReadJob;
  /** Stores the pairs of the last parallel text read into this tab's database's memory. */
  storeMemory(onProgress: (done: number) => void): ExchangeJob<number>;
}

/**
 * Reads chosen import files on a worker (in this thread where there is none, as in jsdom), so
 * that decoding and parsing a large file never holds up the page, and stores a parallel text's
 * pairs into the memory from there. The worker starts and ends with the component.
 */
export function useExchangeReader(): ExchangeImportReader {
  const database = useDatabase();
  const readerRef = useRef<{ readonly reader: ExchangeReader; readonly worker?: Worker } | null>(
    null,
  );
  const reader = useMemo(() => {
    const started = () => {
      if (readerRef.current === null) {
        if (typeof Worker === 'function') {
          const worker = createExchangeReadWorker();
          readerRef.current = { reader: createExchangeReader(worker), worker };
        } else {
          readerRef.current = {
            reader: createExchangeReader(createInThreadExchangeReadPort(database)),
          };
        }
      }
      return readerRef.current.reader;
    };
    return {
      start: started,
      read: (files: readonly ChosenFile[], onProgress: (progress: ExchangeReadProgress) => void) =>
        started().read(files, onProgress),
      storeMemory: (onProgress: (done: number) => void) =>
        started().storeMemory(database.name, onProgress),
    };
  }, [database]);
  // Started with the dialog, the worker has loaded by the time a file is chosen.
  useEffect(() => {
    reader.start();
    return () => {
      readerRef.current?.worker?.terminate();
      readerRef.current = null;
    };
  }, [reader]);
  return reader;
}
