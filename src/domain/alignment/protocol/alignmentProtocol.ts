import type { GlossaryEntry } from '../../glossary/glossaryEntry';
import type { AlignmentInput, AlignmentResult } from '../engine/alignmentTypes';

/** Messages between the app and the alignment worker. Every message names the job it is about. */
export interface AlignmentRequest {
  readonly type: 'align';
  readonly jobId: string;
  readonly input: AlignmentInput;
  readonly useDictionary: boolean;
  readonly glossary?: readonly GlossaryEntry[];
}

export interface AlignmentCancelRequest {
  readonly type: 'cancel';
  readonly jobId: string;
}

export type AlignmentClientMessage = AlignmentRequest | AlignmentCancelRequest;

export type AlignmentWorkerMessage =
  | { readonly type: 'progress'; readonly jobId: string; readonly fraction: number }
  | { readonly type: 'result'; readonly jobId: string; readonly result: AlignmentResult }
  | { readonly type: 'error'; readonly jobId: string; readonly message: string }
  | { readonly type: 'cancelled'; readonly jobId: string };
