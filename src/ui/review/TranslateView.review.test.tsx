// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addAnnotations } from '../../db/annotationRepository';
import { listTermDecisions } from '../../db/termDecisionRepository';
import { listProjectSegments } from '../../db/testing/listProjectSegments';
import { renderWithProviders } from '../testing/renderWithProviders';
import { stubJsdomLayout } from '../testing/stubJsdomLayout';
import { TranslateView } from '../translate/TranslateView';
import { createTranslateViewFixture } from '../translate/translateViewFixture';

beforeAll(stubJsdomLayout);
afterEach(cleanup);

async function renderDocument(count: number) {
  const sentences = Array.from({ length: count }, (_, index) => ({
    source: index % 40 === 5 ? `7月${index % 28}日开工。` : `第${index + 1}句。`,
    target: index % 40 === 5 ? `Work began on July ${(index % 28) + 1}.` : `Sentence ${index + 1}.`,
    status: 'draft' as const,
  }));
  const fixture = await createTranslateViewFixture([sentences]);
  renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
    database: fixture.database,
  });
  await screen.findAllByRole('group', { name: /^Segment \d+$/ });
  return { ...fixture, user: userEvent.setup() };
}

const shownNumbers = () =>
  [...document.querySelectorAll('[data-segment-id]')].map(
    (row) => row.querySelector('.segment-row__number')?.textContent,
  );

describe('TranslateView review tools', () => {
  it('filters the whole document, says why a regular expression is bad, and approves what it shows', async () => {
    const { user, database, projectId } = await renderDocument(200);
    const box = document.querySelector<HTMLInputElement>('[data-role="segment-filter"]');
    if (box === null) throw new Error('no filter box');
    await user.type(box, '7月');
    await screen.findByText('5 of 200 segments');
    expect(shownNumbers()).toEqual(['6', '46', '86', '126', '166']);

    await user.clear(box);
    await user.type(box, 'July (1');
    await user.selectOptions(
      document.querySelector<HTMLSelectElement>('[data-role="segment-filter-mode"]') ?? box,
      'regex',
    );
    await screen.findByText(/^This regular expression cannot be read:/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.type(box, ')');
    await screen.findByText('2 of 200 segments');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Set the status of the segments shown' }),
      'approved',
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('The 2 segments shown become “Approved”.');
    await user.click(within(dialog).getByRole('button', { name: 'Set status' }));
    await screen.findByText('2 segments set to “Approved”.');
    const statuses = async () =>
      (await listProjectSegments(database, projectId)).map((segment) => segment.status);
    expect((await statuses()).filter((status) => status === 'approved')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.');
    expect((await statuses()).every((status) => status === 'draft')).toBe(true);
  });

  it('asks before a bulk change and changes nothing when cancelled', async () => {
    const { user, database, projectId } = await renderDocument(20);
    await user.selectOptions(
      document.querySelector<HTMLSelectElement>('[data-role="segment-filter-status"]') ??
        document.body.appendChild(document.createElement('select')),
      'draft',
    );
    await screen.findByText('20 of 20 segments');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Set the status of the segments shown' }),
      'locked',
    );
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const segments = await listProjectSegments(database, projectId);
    expect(segments.every((segment) => segment.status === 'draft')).toBe(true);
  });

  it('checks the whole document on demand, links each finding and stores a dismissal', async () => {
    const { user, database, projectId } = await renderDocument(60);
    await user.click(screen.getByRole('button', { name: 'Check document' }));
    const list = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-role="document-findings"]');
      if (found === null) throw new Error('not yet');
      return found;
    });
    const numbers = () => [...list.querySelectorAll('[data-check="numbers"]')];
    await waitFor(() => expect(numbers()).toHaveLength(4));
    expect(numbers()[0]).toHaveTextContent('Segment 6');
    await user.click(within(list).getAllByRole('button', { name: 'Go to segment 6' })[0] ?? list);
    await waitFor(() =>
      expect(
        document.querySelector('[aria-current="true"] .segment-row__number'),
      ).toHaveTextContent('6'),
    );
    const first = numbers()[0];
    const key = first?.getAttribute('data-finding-key');
    await user.click(
      within(first as HTMLElement).getByRole('button', {
        name: 'Dismiss this finding of segment 6',
      }),
    );
    await waitFor(() => expect(numbers()).toHaveLength(3));
    expect((await listTermDecisions(database, projectId)).map((decision) => decision.key)).toEqual([
      key,
    ]);
  });

  it('sets the status by Alt+Shift+digit, and a locked segment has no editor until unlocked', async () => {
    const { user, database, projectId } = await renderDocument(3);
    const firstRow = () => document.querySelector<HTMLElement>('[data-segment-id]');
    const target = within(
      firstRow()?.querySelector<HTMLElement>('[data-role="target"]') ?? document.body,
    ).getByRole('textbox');
    act(() => target.focus());
    await waitFor(() =>
      expect(firstRow()?.querySelector('[data-role="target"] .ProseMirror')).not.toBeNull(),
    );
    await user.keyboard('{Alt>}{Shift>}7{/Shift}{/Alt}');
    await waitFor(async () =>
      expect((await listProjectSegments(database, projectId))[0]?.status).toBe('locked'),
    );
    await waitFor(() =>
      expect(firstRow()?.querySelector('[data-role="target"] .ProseMirror')).toBeNull(),
    );
    expect(firstRow()?.querySelector('[data-role="target"] [role="textbox"]')).toHaveAttribute(
      'aria-readonly',
      'true',
    );
    await user.selectOptions(
      within(firstRow() ?? document.body).getByRole('combobox', { name: 'Status of segment 1' }),
      'reviewed',
    );
    await waitFor(() =>
      expect(firstRow()?.querySelector('[data-role="target"] .ProseMirror')).not.toBeNull(),
    );
    expect((await listProjectSegments(database, projectId))[0]?.status).toBe('reviewed');
  });

  it('checks a long document in slices and lists every finding of it', async () => {
    const { user } = await renderDocument(1_100);
    await user.click(screen.getByRole('button', { name: 'Check document' }));
    await screen.findByText('56 findings', {}, { timeout: 10_000 });
    expect(
      document.querySelectorAll('[data-role="document-findings"] [data-check="numbers"]'),
    ).toHaveLength(56);
  });

  it('offers the annotated segments as a filter once the document has annotations', async () => {
    const { user, database, projectId } = await renderDocument(30);
    expect(screen.queryByRole('checkbox', { name: 'With annotations' })).toBeNull();
    const segment = (await listProjectSegments(database, projectId))[12];
    if (segment === undefined) throw new Error('fixture');
    await addAnnotations(database, [
      {
        segmentId: segment.id,
        side: 'target',
        text: segment.targetText,
        start: 0,
        end: 8,
        category: 'mistranslation',
        severity: 'major',
        comment: '',
        author: 'Lin',
      },
    ]);
    await user.click(await screen.findByRole('checkbox', { name: 'With annotations' }));
    await screen.findByText('1 of 30 segments');
    expect(shownNumbers()).toEqual(['13']);
  });
});
