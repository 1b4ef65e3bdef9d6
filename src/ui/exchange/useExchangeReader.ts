import { useCallback, useEffect, useRef } from 'react';
import type { ChosenFile } from '../../domain/exchange/readChosenFiles';
import {
  createExchangeReader,
  type ExchangeReadJob,
  type ExchangeReadPort,
  type ExchangeReadProgress,
} from '../../workers/createExchangeReader';
import { createExchangeReadWorker } from '../../workers/createExchangeReadWorker';
import { createInThreadExchangeReadPort } from '../../workers/createInThreadExchangeReadPort';

type Read = (
  files: readonly ChosenFile[],
  onProgress: (progress: ExchangeReadProgress) => void,
) => ExchangeReadJob;

/**
 * Reads chosen import files on a worker (in this thread where there is none, as in jsdom), so
 * that decoding and parsing a large file never holds up the page. The worker starts at the first
 * read and ends with the component.
 */
export function useExchangeReader(): Read {
  const portRef = useRef<{
    readonly port: ExchangeReadPort;
    readonly worker: Worker | undefined;
  } | null>(null);
  useEffect(
    () => () => {
      portRef.current?.worker?.terminate();
      portRef.current = null;
    },
    [],
  );
  return useCallback((files, onProgress) => {
    if (portRef.current === null) {
      const worker = typeof Worker === 'function' ? createExchangeReadWorker() : undefined;
      portRef.current = { port: worker ?? createInThreadExchangeReadPort(), worker };
    }
    return createExchangeReader(portRef.current.port).read(files, onProgress);
  }, []);
}
