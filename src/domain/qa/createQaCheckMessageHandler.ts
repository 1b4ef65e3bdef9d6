import { createQaDocument } from './createQaDocument';
import type { QaCheckMessage, QaCheckRequest } from './qaCheckProtocol';
import type { QaFinding } from './qaFinding';
import { runQaChecks } from './runQaChecks';

export interface QaCheckHandlerOptions {
  readonly post: (message: QaCheckMessage) => void;
  /** Lets other messages (a cancel) in between slices; a macrotask by default. */
  readonly pause?: () => Promise<void>;
  /** How many segments one slice checks. */
  readonly sliceSize?: number;
}

const SLICE_SIZE = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The whole-document check behind the worker protocol (the worker's body, and the page's when
 * there is no Worker): reads the document's norms once, then checks it a slice at a time,
 * posting progress after each and stopping at the next slice once its run is cancelled.
 */
export function createQaCheckMessageHandler({
  post,
  pause = nextTask,
  sliceSize = SLICE_SIZE,
}: QaCheckHandlerOptions): (request: QaCheckRequest) => Promise<void> {
  const cancelled = new Set<string>();
  return async (request) => {
    if (request.type === 'cancel') {
      cancelled.add(request.runId);
      return;
    }
    const { runId, segments } = request;
    const total = segments.length;
    try {
      post({ type: 'progress', runId, checked: 0, total });
      await pause();
      const findings: QaFinding[] = [];
      const document = cancelled.has(runId) ? undefined : createQaDocument(segments);
      for (let start = 0; document !== undefined && start < total; start += sliceSize) {
        if (cancelled.has(runId)) break;
        const end = Math.min(total, start + sliceSize);
        const indices = Array.from({ length: end - start }, (_, offset) => start + offset);
        findings.push(...runQaChecks(segments, { indices, document }));
        post({ type: 'progress', runId, checked: end, total });
        await pause();
      }
      if (cancelled.has(runId)) post({ type: 'cancelled', runId });
      else post({ type: 'done', runId, findings });
    } catch (error) {
      post({
        type: 'failed',
        runId,
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      cancelled.delete(runId);
    }
  };
}
