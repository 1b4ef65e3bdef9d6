import type { QaFinding, QaSegment } from './qaFinding';

/** What the page asks the document-check worker: check a document, or stop a check. */
export type QaCheckRequest =
  | { readonly type: 'check'; readonly runId: string; readonly segments: readonly QaSegment[] }
  | { readonly type: 'cancel'; readonly runId: string };

/** What the document-check worker answers, each naming its run. */
export type QaCheckMessage =
  | {
      readonly type: 'progress';
      readonly runId: string;
      readonly checked: number;
      readonly total: number;
    }
  | { readonly type: 'done'; readonly runId: string; readonly findings: readonly QaFinding[] }
  | { readonly type: 'cancelled'; readonly runId: string }
  | { readonly type: 'failed'; readonly runId: string; readonly message: string };
