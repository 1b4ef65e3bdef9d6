// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addAnnotations,
  listDocumentAnnotations,
  saveAnnotationAnchors,
} from '../../../db/annotationRepository';
import { readAnnotationSettings } from '../../../db/annotationSettingsRepository';
import { createProjectFromText } from '../../../db/projectRepository';
import { saveSegmentTarget } from '../../../db/segmentRepository';
import { listProjectSegments } from '../../../db/testing/listProjectSegments';
import { openTestDatabase } from '../../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../../db/WorkbenchDatabase';
import { mqmTypology } from '../../../domain/annotation/mqmTypology';
import type { Segment } from '../../../domain/model';
import { richTextFromPlainText } from '../../../domain/richText';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { useDocumentAnnotations } from '../../hooks/useDocumentAnnotations';
import { AnnotationProvider, type AnnotationLayer } from './AnnotationContext';
import { AnnotationsPanel } from './AnnotationsPanel';
import { createAnnotationStore } from './createAnnotationStore';

const PROJECT_NAME = '山西';
const DOCUMENT_NAME = 'shanxi.txt';
let database: WorkbenchDatabase;
let segments: Segment[];

beforeEach(async () => {
  database = openTestDatabase();
  const projectId = await createProjectFromText(database, {
    name: '山西',
    text: '山西加快转型发展。太原是省会。',
  });
  const [first, second] = await listProjectSegments(database, projectId);
  if (first === undefined || second === undefined) throw new Error('Two segments expected.');
  await saveSegmentTarget(database, first.id, {
    target: richTextFromPlainText('Shanxi slows its transformation.'),
  });
  await saveSegmentTarget(database, second.id, {
    target: richTextFromPlainText('Taiyuan is the capital.'),
  });
  segments = await listProjectSegments(database, projectId);
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

const on = (segment: Segment | undefined, quote: string, fields: Record<string, unknown> = {}) => {
  if (segment === undefined) throw new Error('No segment.');
  const start = segment.targetText.indexOf(quote);
  return {
    segmentId: segment.id,
    side: 'target' as const,
    text: segment.targetText,
    start,
    end: start + quote.length,
    category: 'mistranslation',
    severity: 'major' as const,
    comment: '',
    author: 'Lin',
    ...fields,
  };
};

const layer: AnnotationLayer = {
  store: createAnnotationStore(),
  typology: mqmTypology,
  onTargetAnnotationsChange: () => undefined,
  readSelection: () => ({}),
  requestAnnotate: () => undefined,
  onAnnotateRequest: () => () => undefined,
};

function Panel({ onGoTo }: { readonly onGoTo: (segment: Segment) => void }) {
  const annotations = useDocumentAnnotations(segments[0]?.documentId);
  return (
    <AnnotationProvider layer={layer}>
      <AnnotationsPanel
        projectName={PROJECT_NAME}
        documentName={DOCUMENT_NAME}
        segments={segments}
        annotations={annotations}
        targetTextOf={(segment) => segment.targetText}
        onGoTo={onGoTo}
      />
    </AnnotationProvider>
  );
}

describe('AnnotationsPanel', () => {
  it('lists the annotations with the score and its formula, filters them and jumps to one', async () => {
    await addAnnotations(database, [on(segments[0], 'slows')]);
    await addAnnotations(database, [on(segments[0], 'its', { severity: 'minor', author: 'Wu' })]);
    await addAnnotations(database, [
      on(segments[1], 'capital', { category: 'term', severity: undefined }),
    ]);
    const onGoTo = vi.fn();
    renderWithProviders(<Panel onGoTo={onGoTo} />, { database });
    const list = await screen.findByText('3 annotations');
    expect(list).toBeTruthy();
    const score = screen.getByRole('region', { name: 'MQM quality score' });
    expect(score.textContent).toContain(
      '6 penalty points: 1 minor × 1 + 1 major × 5 + 0 critical × 25',
    );
    // 6 × 1,000 ÷ 8 target words; 6 × 1,000 ÷ 13 characters.
    expect(score.textContent).toContain('750 per 1,000 target words = 6 × 1,000 ÷ 8');
    expect(score.textContent).toContain('461.54 per 1,000 source characters = 6 × 1,000 ÷ 13');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'minor');
    expect(screen.getByText('1 annotation')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Author' }), '=Wu');
    expect(screen.getByText('1 annotation')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Author' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'term');
    await user.click(screen.getByRole('button', { name: 'Go to segment 2' }));
    expect(onGoTo).toHaveBeenCalledWith(segments[1]);
  });

  it('keeps an annotation whose text was deleted apart, with what to do, until discarded', async () => {
    const [slows] = await addAnnotations(database, [on(segments[0], 'slows')]);
    if (slows === undefined || segments[0] === undefined) throw new Error('Not added.');
    await saveAnnotationAnchors(database, segments[0].id, {
      text: 'Shanxi its transformation.',
      ranges: [],
      knownIds: [slows.id],
    });
    renderWithProviders(<Panel onGoTo={() => undefined} />, { database });
    const region = await screen.findByRole('region', { name: 'Annotations that lost their text' });
    expect(region.textContent).toContain('undo in the editor brings deleted text back');
    expect(within(region).getByText('slows')).toBeTruthy();
    const score = screen.getByRole('region', { name: 'MQM quality score' });
    expect(score.textContent).toContain('0 penalty points');
    await userEvent.setup().click(within(region).getByRole('button', { name: 'Discard' }));
    await waitFor(async () =>
      expect(await listDocumentAnnotations(database, slows.documentId)).toEqual([]),
    );
  });

  it('refuses a malformed typology file with the reason and keeps the typology', async () => {
    renderWithProviders(<Panel onGoTo={() => undefined} />, { database });
    const user = userEvent.setup();
    await user.click(await screen.findByText('Annotation settings'));
    const input = screen.getByLabelText('Import typology (JSON)…');
    await user.upload(
      input,
      new File(
        ['{"categories": [{"id": "a", "kind": "error"}, {"id": "a", "kind": "error"}]}'],
        'typology.json',
        { type: 'application/json' },
      ),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Two categories have the id “a”: the typology was not changed.',
    );
    await user.upload(input, new File(['not json'], 'typology.json', { type: 'application/json' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This file is not JSON: the typology was not changed.',
      ),
    );
    expect((await readAnnotationSettings(database)).typology).toEqual(mqmTypology);
  });

  it('links a source annotation to a target annotation of its segment after the fact, and unlinks them', async () => {
    const second = segments[1];
    if (second === undefined) throw new Error('No segment.');
    await addAnnotations(database, [
      on(second, 'capital', { category: 'term', severity: undefined }),
    ]);
    await addAnnotations(database, [
      {
        ...on(second, 'capital', { category: 'term', severity: undefined }),
        side: 'source',
        text: second.source,
        start: 3,
        end: 5,
      },
    ]);
    await addAnnotations(database, [on(segments[0], 'slows')]);
    renderWithProviders(<Panel onGoTo={() => undefined} />, { database });
    const user = userEvent.setup();
    // Only the other side of the same segment is offered.
    const choice = await screen.findByRole('combobox', {
      name: 'Link “省会” to a span on the other side',
    });
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Link to…', 'capital']);
    expect(
      screen.queryByRole('combobox', { name: 'Link “slows” to a span on the other side' }),
    ).toBeNull();
    await user.selectOptions(choice, 'capital');
    await screen.findByText('linked to “capital”');
    const linked = await listDocumentAnnotations(database, second.documentId);
    const source = linked.find((annotation) => annotation.side === 'source');
    const target = linked.find(
      (annotation) => annotation.side === 'target' && annotation.segmentId === second.id,
    );
    expect(source?.linkedId).toBe(target?.id);
    expect(target?.linkedId).toBe(source?.id);
    await user.click(screen.getByRole('button', { name: 'Unlink “capital” from its partner' }));
    await waitFor(async () =>
      expect(
        (await listDocumentAnnotations(database, second.documentId)).filter(
          (annotation) => annotation.linkedId !== undefined,
        ),
      ).toEqual([]),
    );
    await screen.findByRole('combobox', { name: 'Link “capital” to a span on the other side' });
  });
});
