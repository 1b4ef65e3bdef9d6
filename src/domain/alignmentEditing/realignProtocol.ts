import type { BeadList, BeadListChange } from './beadListTypes';

/** Messages between the app and the alignment worker about realigning the gaps of a bead list. */
export interface RealignRequest {
  readonly type: 'realign';
  readonly jobId: string;
  readonly list: BeadList;
  readonly useDictionary: boolean;
}

export type RealignWorkerMessage =
  | { readonly type: 'realigned'; readonly jobId: string; readonly change: BeadListChange | null }
  | { readonly type: 'error'; readonly jobId: string; readonly message: string };

export function isRealignRequest(message: unknown): message is RealignRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    message.type === 'realign' &&
    'jobId' in message &&
    typeof message.jobId === 'string' &&
    'list' in message &&
    typeof message.list === 'object' &&
    message.list !== null
  );
}
