import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Icon, ICON_PATHS } from '../../app/Icon';
import type { Segment } from '../../../domain/model';
import { useAnnotationActions } from '../../hooks/useAnnotationActions';
import { useAnnotationSettings } from '../../hooks/useAnnotationSettings';
import { useEditing } from '../editing/EditingContext';
import { keyCombinationParts } from '../keyCombinationParts';
import { SHORTCUTS } from '../shortcuts';
import { useAnnotationLayer, type SelectedSpan } from './AnnotationContext';
import { AnnotationDialog, type AnnotationDraft } from './AnnotationDialog';

interface Spans {
  readonly source?: SelectedSpan;
  readonly target?: SelectedSpan;
}

/**
 * The focused row's Annotate control: takes the span selected in its source and the one in its
 * target (either or both; both are linked) and opens the annotation form.
 */
export function AnnotateButton({ segment }: { readonly segment: Segment }) {
  const { t } = useTranslation(['annotation', 'translate']);
  const layer = useAnnotationLayer();
  const { store } = useEditing();
  const { settings, change } = useAnnotationSettings();
  const actions = useAnnotationActions();
  const [spans, setSpans] = useState<Spans | undefined>(undefined);
  const [isNothingSelected, setIsNothingSelected] = useState(false);

  const open = () => {
    const selected = layer.readSelection();
    if (selected.source === undefined && selected.target === undefined) {
      setIsNothingSelected(true);
      return;
    }
    setIsNothingSelected(false);
    setSpans(selected);
  };

  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  useEffect(() => layer.onAnnotateRequest(() => openRef.current()), [layer]);
  const combination = SHORTCUTS.find((shortcut) => shortcut.action === 'annotate')?.combinations[0];
  const keys =
    combination === undefined
      ? []
      : keyCombinationParts(combination, {
          mod: t('shortcuts.keys.mod', { ns: 'translate' }),
          alt: t('shortcuts.keys.alt', { ns: 'translate' }),
          shift: t('shortcuts.keys.shift', { ns: 'translate' }),
        });

  const close = () => {
    setSpans(undefined);
    store.editorRef.current?.focus();
  };

  const submit = async (draft: AnnotationDraft) => {
    if (spans === undefined) return;
    if (draft.author.trim() !== settings.author) await change({ author: draft.author });
    const annotations = draft.sides.flatMap((side) => {
      const span = side === 'source' ? spans.source : spans.target;
      if (span === undefined) return [];
      return [
        {
          segmentId: segment.id,
          side,
          text: span.text,
          start: span.start,
          end: span.end,
          category: draft.category,
          ...(draft.severity === undefined ? {} : { severity: draft.severity }),
          comment: draft.comment,
          author: draft.author,
        },
      ];
    });
    await actions.add(annotations, annotations.length === 2);
    close();
  };

  return (
    <>
      <button
        type="button"
        className="button button--small annotate-button"
        data-action="annotate"
        title={t('annotate.titleWithKeys', { title: t('annotate.title'), keys: keys.join('+') })}
        aria-keyshortcuts={combination === undefined ? undefined : 'Alt+Shift+A'}
        onMouseDown={(event) => event.preventDefault()}
        onClick={open}
      >
        <Icon path={ICON_PATHS.annotate} />
        <span className="annotate-button__label">{t('annotate.button')}</span>
      </button>
      {isNothingSelected ? (
        <p className="annotate-button__hint" role="status">
          {t('annotate.nothingSelected')}
        </p>
      ) : null}
      {spans !== undefined
        ? // The row is moved by a transform, which would hold a fixed dialog inside it.
          createPortal(
            <AnnotationDialog
              title={t('annotate.dialogTitle', { number: segment.order + 1 })}
              typology={layer.typology}
              spans={spans}
              author={settings.author}
              onSubmit={submit}
              onClose={close}
            />,
            document.body,
          )
        : null}
    </>
  );
}
