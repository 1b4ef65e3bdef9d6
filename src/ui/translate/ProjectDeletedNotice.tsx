import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../domain/model';
import { plainTextFromRichText, type RichTextDoc } from '../../domain/richText';
import { storageErrorMessageKey } from '../app/storageErrorMessageKey';
import { useSaveSegmentsAsProject } from '../hooks/useSaveSegmentsAsProject';

export interface ProjectDeletedNoticeProps {
  readonly projectName: string;
  readonly segments: readonly Segment[];
  /** The target as the translator sees it, typed text included. */
  readonly targetOf: (segment: Segment) => RichTextDoc;
}

type Outcome =
  | { readonly kind: 'copied' }
  | { readonly kind: 'copyFailed' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'saveFailed'; readonly reason: string };

/**
 * The open project was deleted in another tab: nothing more is written, and the translator can
 * copy what is on the page or keep it as a new project.
 */
export function ProjectDeletedNotice({
  projectName,
  segments,
  targetOf,
}: ProjectDeletedNoticeProps) {
  const { t } = useTranslation(['translate', 'common']);
  const saveAsProject = useSaveSegmentsAsProject();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const copy = async () => {
    const lines = segments.map(
      (segment) =>
        `${segment.source}\t${plainTextFromRichText(targetOf(segment)).replace(/\s*\n\s*/g, ' ')}`,
    );
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'copyFailed' });
    }
  };

  const save = async () => {
    const name = t('projectDeleted.newName', { name: projectName });
    setOutcome({ kind: 'saving' });
    try {
      await saveAsProject(name, segments, targetOf);
      setOutcome({ kind: 'saved', name });
    } catch (error) {
      setOutcome({
        kind: 'saveFailed',
        reason: t(storageErrorMessageKey(error), { ns: 'common' }),
      });
    }
  };

  return (
    <div
      className="translate-notice translate-notice--danger"
      role="alert"
      data-role="project-deleted"
    >
      <p>{t('projectDeleted.message')}</p>
      <div className="translate-notice__actions">
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {t('projectDeleted.copy')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={outcome?.kind === 'saving' || outcome?.kind === 'saved'}
          onClick={() => void save()}
        >
          {outcome?.kind === 'saving' ? t('projectDeleted.saving') : t('projectDeleted.saveAsNew')}
        </button>
      </div>
      {outcome !== undefined && outcome.kind !== 'saving' ? (
        <p className="translate-notice__outcome" role="status">
          {outcome.kind === 'saved'
            ? t('projectDeleted.saved', { name: outcome.name })
            : outcome.kind === 'saveFailed'
              ? t('projectDeleted.saveFailed', { reason: outcome.reason })
              : t(`projectDeleted.${outcome.kind}`)}
        </p>
      ) : null}
    </div>
  );
}
