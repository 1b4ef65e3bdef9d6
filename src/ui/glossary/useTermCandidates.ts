import { useEffect, useMemo, useState } from 'react';
import type { CandidateSegment, TermCandidate } from '../../domain/glossary/extractTermCandidates';
import { findProjectTermCandidates } from '../../domain/glossary/findProjectTermCandidates';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import { findTermCandidatesInWorker } from '../../workers/findTermCandidatesInWorker';

export interface FoundTermCandidates {
  /** Best first; undefined while they are being found. */
  readonly candidates: readonly TermCandidate[] | undefined;
  /** Found without CC-CEDICT (no worker here, or the worker failed): rougher suggestions. */
  readonly isWithoutDictionary: boolean;
}

type WorkerOutcome =
  | { readonly request: object; readonly candidates: readonly TermCandidate[] }
  | { readonly request: object; readonly failed: true };

/**
 * A project's term candidates, found in a worker with CC-CEDICT (which keeps fragments out and
 * backs suggestions with glosses); where no worker can run, or it fails, found on the page
 * without the dictionary. Undefined inputs (still loading) give no candidates yet.
 */
export function useTermCandidates(
  segments: readonly CandidateSegment[],
  entries: readonly GlossaryConcept[] | undefined,
  rejected: readonly string[] | undefined,
  limit: number,
): FoundTermCandidates {
  const request = useMemo(
    () =>
      entries === undefined || rejected === undefined
        ? undefined
        : { segments, entries, rejected, limit },
    [segments, entries, rejected, limit],
  );
  const canUseWorker = typeof Worker !== 'undefined';
  const [outcome, setOutcome] = useState<WorkerOutcome | undefined>(undefined);
  useEffect(() => {
    if (request === undefined || !canUseWorker) return undefined;
    const search = findTermCandidatesInWorker(request);
    let isCurrent = true;
    search.result.then(
      (candidates) => {
        if (isCurrent) setOutcome({ request, candidates });
      },
      () => {
        if (isCurrent) setOutcome({ request, failed: true });
      },
    );
    return () => {
      isCurrent = false;
      search.cancel();
    };
  }, [request, canUseWorker]);
  const current = outcome?.request === request ? outcome : undefined;
  const needsPage =
    request !== undefined && (!canUseWorker || (current !== undefined && 'failed' in current));
  const onPage = useMemo(
    () =>
      needsPage && request !== undefined
        ? findProjectTermCandidates(request.segments, request.entries, request.rejected, {
            limit: request.limit,
          })
        : undefined,
    [needsPage, request],
  );
  if (onPage !== undefined) return { candidates: onPage, isWithoutDictionary: true };
  if (current !== undefined && 'candidates' in current)
    return { candidates: current.candidates, isWithoutDictionary: false };
  return { candidates: undefined, isWithoutDictionary: false };
}
