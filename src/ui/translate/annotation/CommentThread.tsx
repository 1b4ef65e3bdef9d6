import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentId } from '../../../domain/ids';
import { storageErrorMessageKey } from '../../app/storageErrorMessageKey';
import { useAnnotationSettings } from '../../hooks/useAnnotationSettings';
import { useSegmentComments } from '../../hooks/useSegmentComments';

/** The focused segment's comment thread: messages with author and time, resolved or open. */
export function CommentThread({ segmentId }: { readonly segmentId: SegmentId | undefined }) {
  const { t, i18n } = useTranslation('annotation');
  const { comments, add, setResolved } = useSegmentComments(segmentId);
  const { settings } = useAnnotationSettings();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const formatTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const first = comments?.[0];
  const isResolved = first?.resolvedAt !== undefined;

  const run = async (action: () => Promise<unknown>) => {
    setProblem(undefined);
    if (settings.author === '') {
      setProblem(t('comments.authorNeeded'));
      return false;
    }
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(
        t('comments.failed', { reason: t(storageErrorMessageKey(error), { ns: 'common' }) }),
      );
      return false;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await run(() => add(settings.author, text))) setText('');
  };

  return (
    <section className="side-panel comment-thread" aria-labelledby="comment-thread-title">
      <h2 id="comment-thread-title">
        {t('comments.title')}
        {first !== undefined ? (
          <span className={isResolved ? 'thread-state thread-state--resolved' : 'thread-state'}>
            {isResolved
              ? t('comments.resolved', { author: first.resolvedBy ?? '' })
              : t('comments.open')}
          </span>
        ) : null}
      </h2>
      {segmentId === undefined ? (
        <p className="side-panel__empty">{t('comments.noSegment')}</p>
      ) : (
        <>
          {comments !== undefined && comments.length === 0 ? (
            <p className="side-panel__empty">{t('comments.none')}</p>
          ) : (
            <ol className="comment-thread__list">
              {(comments ?? []).map((comment) => (
                <li key={comment.id} className="comment-thread__comment">
                  <div className="comment-thread__meta">
                    <strong>{comment.author}</strong>
                    <time dateTime={new Date(comment.createdAt).toISOString()}>
                      {formatTime.format(comment.createdAt)}
                    </time>
                  </div>
                  <p>{comment.text}</p>
                </li>
              ))}
            </ol>
          )}
          <form className="comment-thread__form" onSubmit={(event) => void submit(event)}>
            <textarea
              aria-label={t('comments.label')}
              placeholder={t('comments.placeholder')}
              rows={2}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <div className="comment-thread__actions">
              <button type="submit" className="button button--small" disabled={text.trim() === ''}>
                {t('comments.add')}
              </button>
              {first !== undefined ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void run(() => setResolved(!isResolved, settings.author))}
                >
                  {isResolved ? t('comments.reopen') : t('comments.resolve')}
                </button>
              ) : null}
            </div>
          </form>
          {problem !== undefined ? (
            <p className="comment-thread__problem" role="alert">
              {problem}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
