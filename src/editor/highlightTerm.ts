import type { Term } from '../domain/model';

/** What a term highlight needs: the term to find and what its tooltip says. */
export type HighlightTerm = Pick<Term, 'id' | 'source' | 'target' | 'note'>;
