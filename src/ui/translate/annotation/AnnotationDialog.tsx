import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANNOTATION_SEVERITIES,
  type Annotation,
  type AnnotationSeverity,
  type AnnotationSide,
} from '../../../domain/annotation/annotation';
import type {
  AnnotationCategory,
  AnnotationTypology,
} from '../../../domain/annotation/annotationTypology';
import { ModalDialog } from '../../app/ModalDialog';
import type { SelectedSpan } from './AnnotationContext';
import { useCategoryName } from './useCategoryName';

export interface AnnotationDraft {
  readonly sides: readonly AnnotationSide[];
  readonly category: string;
  readonly severity: AnnotationSeverity | undefined;
  readonly comment: string;
  readonly author: string;
}

export interface AnnotationDialogProps {
  readonly title: string;
  readonly typology: AnnotationTypology;
  /** The spans to annotate (a new annotation); absent when editing one. */
  readonly spans?: { readonly source?: SelectedSpan; readonly target?: SelectedSpan };
  /** The annotation edited. */
  readonly annotation?: Annotation;
  /** The signing name; asked for when empty (for a new annotation). */
  readonly author: string;
  readonly onSubmit: (draft: AnnotationDraft) => Promise<void>;
  readonly onClose: () => void;
}

function groupsOf(typology: AnnotationTypology) {
  const errors = typology.categories.filter((category) => category.kind === 'error');
  const labels = typology.categories.filter((category) => category.kind === 'neutral');
  const roots = errors.filter(
    (category) => category.parent === undefined || !errors.some(({ id }) => id === category.parent),
  );
  return {
    errorGroups: roots.map((root) => ({
      root,
      members: [root, ...errors.filter((category) => category.parent === root.id)],
    })),
    labels,
  };
}

/** The form that annotates the selected spans, or edits an annotation: category, severity, comment. */
export function AnnotationDialog({
  title,
  typology,
  spans,
  annotation,
  author,
  onSubmit,
  onClose,
}: AnnotationDialogProps) {
  const { t } = useTranslation('annotation');
  const categoryName = useCategoryName();
  const idPrefix = useId();
  const { errorGroups, labels } = groupsOf(typology);
  const firstCategory =
    typology.categories.find(({ id }) => id === 'mistranslation')?.id ??
    typology.categories[0]?.id ??
    '';
  const [category, setCategory] = useState(annotation?.category ?? firstCategory);
  const [severity, setSeverity] = useState<AnnotationSeverity>(annotation?.severity ?? 'major');
  const [comment, setComment] = useState(annotation?.comment ?? '');
  const [name, setName] = useState(author);
  const [isSourceChosen, setIsSourceChosen] = useState(spans?.source !== undefined);
  const [isTargetChosen, setIsTargetChosen] = useState(spans?.target !== undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);

  const chosen = typology.categories.find(({ id }) => id === category);
  const isError = chosen?.kind !== 'neutral';
  const sides: AnnotationSide[] = [
    ...(isSourceChosen && spans?.source !== undefined ? (['source'] as const) : []),
    ...(isTargetChosen && spans?.target !== undefined ? (['target'] as const) : []),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (annotation === undefined && sides.length === 0) return setProblem(t('annotate.noSide'));
    const wrongSide =
      annotation === undefined
        ? sides.find((side) => !(chosen?.sides ?? [side]).includes(side))
        : undefined;
    if (wrongSide !== undefined)
      return setProblem(
        t('annotate.wrongSide', {
          category: categoryName(chosen, category),
          side: t(wrongSide === 'source' ? 'sides.source' : 'sides.target'),
        }),
      );
    if (annotation === undefined && name.trim() === '')
      return setProblem(t('annotate.authorNeeded'));
    setIsSaving(true);
    setProblem(undefined);
    try {
      await onSubmit({
        sides,
        category,
        severity: isError ? severity : undefined,
        comment,
        author: name,
      });
    } catch (error) {
      setProblem(
        t('annotate.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
      setIsSaving(false);
    }
    return undefined;
  }

  const option = (entry: AnnotationCategory, isMember: boolean) => (
    <option key={entry.id} value={entry.id}>
      {isMember ? `\u2003${categoryName(entry, entry.id)}` : categoryName(entry, entry.id)}
    </option>
  );

  return (
    <ModalDialog title={title} onClose={onClose}>
      <form className="annotation-dialog" onSubmit={(event) => void submit(event)}>
        {spans !== undefined ? (
          <fieldset className="annotation-dialog__spans">
            <legend>{t('annotate.spans')}</legend>
            {spans.source !== undefined ? (
              <label>
                <input
                  type="checkbox"
                  checked={isSourceChosen}
                  onChange={(event) => setIsSourceChosen(event.target.checked)}
                />
                <span lang="zh-Hans">
                  {t('annotate.sourceSpan', { text: quoteOf(spans.source) })}
                </span>
              </label>
            ) : null}
            {spans.target !== undefined ? (
              <label>
                <input
                  type="checkbox"
                  checked={isTargetChosen}
                  onChange={(event) => setIsTargetChosen(event.target.checked)}
                />
                <span lang="en">{t('annotate.targetSpan', { text: quoteOf(spans.target) })}</span>
              </label>
            ) : null}
            {sides.length === 2 ? (
              <p className="annotation-dialog__hint">{t('annotate.linked')}</p>
            ) : null}
          </fieldset>
        ) : null}
        <label className="annotation-dialog__field">
          {t('annotate.category')}
          <select value={category} onChange={(event) => setCategory(event.target.value)}>
            <optgroup label={t('annotate.errors')}>
              {errorGroups.flatMap(({ root, members }) =>
                members.map((member) => option(member, member !== root)),
              )}
            </optgroup>
            {labels.length > 0 ? (
              <optgroup label={t('annotate.labels')}>
                {labels.map((entry) => option(entry, false))}
              </optgroup>
            ) : null}
          </select>
        </label>
        {isError ? (
          <fieldset className="annotation-dialog__severity">
            <legend>{t('annotate.severity')}</legend>
            {ANNOTATION_SEVERITIES.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${idPrefix}-severity`}
                  value={value}
                  checked={severity === value}
                  onChange={() => setSeverity(value)}
                />
                {t(`severities.${value}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="annotation-dialog__field">
          {t('annotate.comment')}
          <textarea value={comment} rows={3} onChange={(event) => setComment(event.target.value)} />
        </label>
        {author === '' && annotation === undefined ? (
          <label className="annotation-dialog__field">
            {t('annotate.author')}
            <input value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
          </label>
        ) : null}
        {problem !== undefined ? (
          <p className="annotation-dialog__problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('annotate.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {t('annotate.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function quoteOf(span: SelectedSpan): string {
  const quote = span.text.slice(span.start, span.end);
  return quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
}
