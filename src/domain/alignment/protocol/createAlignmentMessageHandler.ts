import type { CedictIndex } from '../../dictionary/cedictIndex';
import type { GlossaryEntry } from '../../glossary/glossaryEntry';
import type {
  AlignmentClientMessage,
  AlignmentRequest,
  AlignmentWorkerMessage,
} from './alignmentProtocol';
import { alignmentSteps } from '../engine/alignmentSteps';

export interface AlignmentHandlerEnvironment {
  readonly post: (message: AlignmentWorkerMessage) => void;
  readonly loadDictionary: () => Promise<CedictIndex>;
  /** Lets queued messages (a cancel) arrive; a macrotask in a worker. */
  readonly yieldToEventLoop?: () => Promise<void>;
  /**
   * Longest stretch of work between two yields, in milliseconds (30 by default): a cancel waits at
   * most this plus one step of the alignment (a few hundred sentences or a few thousand band cells).
   */
  readonly sliceMilliseconds?: number;
}

/**
 * The alignment worker's logic, without the worker: give it each incoming message. An `align`
 * request runs in slices, posting its progress and yielding after each slice so that a `cancel` for the
 * same job stops it; the outcome is one `result`, `error` or `cancelled` message.
 */
export function createAlignmentMessageHandler(
  environment: AlignmentHandlerEnvironment,
): (message: unknown) => Promise<void> {
  const cancelled = new Set<string>();
  const running = new Set<string>();
  const yieldToEventLoop =
    environment.yieldToEventLoop ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const slice = environment.sliceMilliseconds ?? 30;

  const run = async (request: AlignmentRequest): Promise<void> => {
    const { jobId } = request;
    running.add(jobId);
    try {
      const dictionary = request.useDictionary ? await environment.loadDictionary() : undefined;
      const steps = alignmentSteps(request.input, { dictionary, glossary: request.glossary });
      let sliceStart = Date.now();
      for (;;) {
        if (cancelled.has(jobId)) {
          environment.post({ type: 'cancelled', jobId });
          return;
        }
        const step = steps.next();
        if (step.done) {
          environment.post({ type: 'result', jobId, result: step.value });
          return;
        }
        if (Date.now() - sliceStart >= slice) {
          environment.post({ type: 'progress', jobId, fraction: step.value });
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
    } catch (error) {
      environment.post({
        type: 'error',
        jobId,
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      running.delete(jobId);
      cancelled.delete(jobId);
    }
  };

  return async (message) => {
    const parsed = readClientMessage(message);
    if (typeof parsed === 'string') {
      environment.post({ type: 'error', jobId: jobIdOf(message), message: parsed });
      return;
    }
    if (parsed.type === 'cancel') {
      if (running.has(parsed.jobId)) cancelled.add(parsed.jobId);
      return;
    }
    await run(parsed);
  };
}

function jobIdOf(message: unknown): string {
  return typeof message === 'object' &&
    message !== null &&
    'jobId' in message &&
    typeof message.jobId === 'string'
    ? message.jobId
    : '';
}

function isSentenceParagraphs(value: unknown): value is string[][] {
  return (
    Array.isArray(value) &&
    value.every(
      (paragraph) =>
        Array.isArray(paragraph) && paragraph.every((sentence) => typeof sentence === 'string'),
    )
  );
}

/** The message as a client message, or why it is not one. */
function readClientMessage(message: unknown): AlignmentClientMessage | string {
  if (typeof message !== 'object' || message === null || !('type' in message))
    return 'Not an alignment message.';
  const jobId = jobIdOf(message);
  if (jobId === '') return 'An alignment message needs a jobId.';
  if (message.type === 'cancel') return { type: 'cancel', jobId };
  if (message.type !== 'align') return `Unknown alignment message type "${String(message.type)}".`;
  const input = 'input' in message ? message.input : undefined;
  if (typeof input !== 'object' || input === null || !('source' in input) || !('target' in input))
    return 'An align request needs input.source and input.target.';
  if (!isSentenceParagraphs(input.source) || !isSentenceParagraphs(input.target))
    return 'input.source and input.target must be paragraphs of sentences (arrays of arrays of strings).';
  const glossary = 'glossary' in message ? message.glossary : undefined;
  if (glossary !== undefined && !isGlossary(glossary))
    return 'glossary must be a list of entries with a source and a target.';
  const useDictionary = 'useDictionary' in message && message.useDictionary === true;
  return {
    type: 'align',
    jobId,
    input: { source: input.source, target: input.target },
    useDictionary,
    glossary,
  };
}

function isGlossary(value: unknown): value is GlossaryEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        'source' in entry &&
        typeof entry.source === 'string' &&
        'target' in entry &&
        typeof entry.target === 'string',
    )
  );
}
