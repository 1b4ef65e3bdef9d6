import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermCandidate } from '../../domain/glossary/extractTermCandidates';
import type { GlossaryConcept } from '../../domain/glossary/glossaryEntry';
import type { GlossaryId, ProjectId } from '../../domain/ids';
import type { Glossary, Segment } from '../../domain/model';
import { useGlossaryEditing } from '../hooks/useGlossaryEditing';
import { useProjectEntries } from '../hooks/useProjectEntries';
import { useTermDecisions } from '../hooks/useTermDecisions';
import { GlossaryEntryEditor } from './GlossaryEntryEditor';
import { glossaryDisplayName } from './glossaryDisplayName';
import { useTermCandidates } from './useTermCandidates';

export interface TermCandidateReviewProps {
  readonly projectId: ProjectId | undefined;
  readonly segments: readonly Segment[];
  readonly glossaries: readonly Glossary[];
  readonly projectGlossaryIds: readonly GlossaryId[];
}

const LIMIT = 100;
/** The choice of a new glossary of the project's own (made on the first accept). */
const OWN_GLOSSARY = '';

function conceptOfCandidate(candidate: TermCandidate): GlossaryConcept {
  return {
    term: candidate.term,
    variants: [],
    renderings: [{ text: candidate.suggestion, status: 'preferred', note: '' }],
    partOfSpeech: undefined,
    definition: '',
    note: '',
    domain: '',
    source: '',
    createdAt: undefined,
    changedAt: undefined,
  };
}

/**
 * The open project's term candidates (quoted phrases, recurring strings), best first, without the
 * terms its glossaries have and those rejected before: accept one into a glossary after editing
 * it, reject it (remembered for the project), or skip it for now.
 */
export function TermCandidateReview({
  projectId,
  segments,
  glossaries,
  projectGlossaryIds,
}: TermCandidateReviewProps) {
  const { t } = useTranslation('glossary');
  if (projectId === undefined)
    return <p className="glossary-table__empty">{t('candidates.noProject')}</p>;
  return (
    <CandidateList
      projectId={projectId}
      segments={segments}
      glossaries={glossaries}
      projectGlossaryIds={projectGlossaryIds}
    />
  );
}

function CandidateList({
  projectId,
  segments,
  glossaries,
  projectGlossaryIds,
}: TermCandidateReviewProps & { projectId: ProjectId }) {
  const { t } = useTranslation('glossary');
  const editing = useGlossaryEditing();
  const entries = useProjectEntries(projectId);
  const { decisions, record } = useTermDecisions(projectId);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(() => new Set());
  const [accepting, setAccepting] = useState<TermCandidate | undefined>(undefined);
  const usable = glossaries.filter((glossary) => projectGlossaryIds.includes(glossary.id));
  const targets = usable.length > 0 ? usable : glossaries;
  // Without a glossary of its own, the project's finds go into a new one rather than into the
  // starter glossary every project shares (the starter one can still be chosen).
  const hasOwnGlossary = usable.some((glossary) => !glossary.isStarter);
  const [chosenGlossaryId, setChosenGlossaryId] = useState<GlossaryId | undefined>(undefined);
  const glossaryId =
    targets.find((glossary) => glossary.id === chosenGlossaryId)?.id ??
    (hasOwnGlossary ? targets.find((glossary) => !glossary.isStarter)?.id : undefined);

  const candidateSegments = useMemo(
    () => segments.map((segment) => ({ source: segment.source, target: segment.targetText })),
    [segments],
  );
  const rejected = useMemo(
    () =>
      decisions
        ?.filter((decision) => decision.kind === 'rejectedCandidate')
        .map((decision) => decision.key),
    [decisions],
  );
  const { candidates, isWithoutDictionary } = useTermCandidates(
    candidateSegments,
    entries,
    rejected,
    LIMIT,
  );

  if (candidates === undefined)
    return <p className="glossary-table__empty">{t('candidates.finding')}</p>;
  const shown = candidates.filter((candidate) => !skipped.has(candidate.term));

  const accept = async (concept: GlossaryConcept) => {
    if (glossaryId === undefined) await editing.addProjectEntry(projectId, concept);
    else await editing.addEntry(glossaryId, concept);
    setAccepting(undefined);
  };

  return (
    <section className="candidate-review" aria-label={t('candidates.label')}>
      <p className="side-panel__hint">{t('candidates.hint')}</p>
      {isWithoutDictionary ? (
        <p className="side-panel__hint" data-role="candidates-without-dictionary">
          {t('candidates.withoutDictionary')}
        </p>
      ) : null}
      {shown.length === 0 ? <p className="glossary-table__empty">{t('candidates.none')}</p> : null}
      <ol className="candidate-review__list">
        {shown.map((candidate) => (
          <li
            key={candidate.term}
            className="candidate-review__item"
            data-candidate={candidate.term}
          >
            {accepting?.term === candidate.term ? (
              <div className="candidate-review__accept">
                <label className="field">
                  <span className="field__label">{t('candidates.into')}</span>
                  <select
                    className="text-input"
                    value={glossaryId ?? OWN_GLOSSARY}
                    onChange={(event) =>
                      setChosenGlossaryId(
                        targets.find((glossary) => glossary.id === event.target.value)?.id,
                      )
                    }
                  >
                    {hasOwnGlossary ? null : (
                      <option value={OWN_GLOSSARY}>{t('candidates.ownGlossary')}</option>
                    )}
                    {targets.map((glossary) => (
                      <option key={glossary.id} value={glossary.id}>
                        {glossaryDisplayName(glossary, t)}
                      </option>
                    ))}
                  </select>
                </label>
                <GlossaryEntryEditor
                  initial={conceptOfCandidate(candidate)}
                  focusRendering={0}
                  onSave={accept}
                  onCancel={() => setAccepting(undefined)}
                />
              </div>
            ) : (
              <>
                <span className="candidate-review__term" lang="zh-Hans">
                  {candidate.isQuoted ? `“${candidate.term}”` : candidate.term}
                </span>
                <span className="candidate-review__count">
                  {t('candidates.count', {
                    occurrences: candidate.count,
                    count: candidate.segmentIndexes.length,
                  })}
                </span>
                <span className="candidate-review__suggestion" lang="en">
                  {candidate.suggestion === ''
                    ? t('candidates.noSuggestion')
                    : candidate.suggestion}
                </span>
                <span className="candidate-review__actions">
                  <button
                    type="button"
                    className="button button--small button--primary"
                    data-action="accept-candidate"
                    onClick={() => setAccepting(candidate)}
                  >
                    {t('candidates.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    data-action="reject-candidate"
                    onClick={() => void record('rejectedCandidate', candidate.term)}
                  >
                    {t('candidates.reject')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    data-action="skip-candidate"
                    onClick={() => setSkipped((set) => new Set(set).add(candidate.term))}
                  >
                    {t('candidates.skip')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
