import { useCallback } from 'react';
import type { BeadList, BeadListChange } from '../../domain/alignmentEditing/beadListTypes';
import type { RealignWorkerMessage } from '../../domain/alignmentEditing/realignProtocol';
import { newId } from '../../domain/ids';
import { createAlignmentWorker } from '../../workers/createAlignmentWorker';

/**
 * Realigns what lies between confirmed beads in a new alignment worker; resolves to the change
 * (undefined when nothing moved).
 */
export function useRealign(): (list: BeadList) => Promise<BeadListChange | undefined> {
  return useCallback(
    (list) =>
      new Promise((resolve, reject) => {
        const worker = createAlignmentWorker();
        const jobId = newId<string>();
        worker.addEventListener('message', (event: MessageEvent<RealignWorkerMessage>) => {
          if (event.data.jobId !== jobId) return;
          worker.terminate();
          if (event.data.type === 'realigned') resolve(event.data.change ?? undefined);
          else reject(new Error(event.data.message));
        });
        worker.addEventListener('error', (event) => {
          worker.terminate();
          reject(new Error(event.message));
        });
        worker.postMessage({ type: 'realign', jobId, list, useDictionary: true });
      }),
    [],
  );
}
