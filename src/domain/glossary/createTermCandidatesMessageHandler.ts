import type { CedictIndex } from '../dictionary/cedictIndex';
import type { CandidateSegment, TermCandidate } from './extractTermCandidates';
import { findProjectTermCandidates } from './findProjectTermCandidates';
import type { GlossaryConcept } from './glossaryEntry';

/** What the page asks the term-candidates worker: a project's segments and what it knows. */
export interface TermCandidatesRequest {
  readonly type: 'findCandidates';
  readonly segments: readonly CandidateSegment[];
  readonly entries: readonly GlossaryConcept[];
  readonly rejected: readonly string[];
  readonly limit: number;
}

export type TermCandidatesReply =
  | { readonly type: 'candidates'; readonly candidates: readonly TermCandidate[] }
  | { readonly type: 'error'; readonly message: string };

export interface TermCandidatesEnvironment {
  readonly post: (reply: TermCandidatesReply) => void;
  readonly loadDictionary: () => Promise<CedictIndex>;
}

/**
 * The term-candidates worker's logic, without the worker: findProjectTermCandidates with
 * CC-CEDICT, which tells words from fragments and backs suggested renderings with glosses (the
 * page never loads the dictionary itself). One reply a request: the candidates or an error.
 */
export function createTermCandidatesMessageHandler(
  environment: TermCandidatesEnvironment,
): (message: unknown) => Promise<void> {
  return async (message) => {
    if (!isTermCandidatesRequest(message)) {
      environment.post({ type: 'error', message: 'Not a term-candidates request.' });
      return;
    }
    try {
      const dictionary = await environment.loadDictionary();
      const candidates = findProjectTermCandidates(
        message.segments,
        message.entries,
        message.rejected,
        { limit: message.limit, dictionary },
      );
      environment.post({ type: 'candidates', candidates });
    } catch (error) {
      environment.post({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
}

function isTermCandidatesRequest(message: unknown): message is TermCandidatesRequest {
  if (typeof message !== 'object' || message === null) return false;
  const request = message as Partial<TermCandidatesRequest>;
  return (
    request.type === 'findCandidates' &&
    Array.isArray(request.segments) &&
    Array.isArray(request.entries) &&
    Array.isArray(request.rejected) &&
    typeof request.limit === 'number'
  );
}
