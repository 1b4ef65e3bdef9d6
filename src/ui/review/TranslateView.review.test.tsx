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

  it('sets the status of rows picked by hand in one step, keeping locked ones unless asked', async () => {
    const fixture = await createTranslateViewFixture([
      Array.from({ length: 8 }, (_, index) => ({
        source: `第${index + 1}句。`,
        target: `Sentence ${index + 1}.`,
        status: index === 3 ? ('locked' as const) : ('draft' as const),
      })),
    ]);
    renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
      database: fixture.database,
    });
    await screen.findAllByRole('group', { name: /^Segment \d+$/ });
    const user = userEvent.setup();
    const statuses = async () =>
      (await listProjectSegments(fixture.database, fixture.projectId)).map(
        (segment) => segment.status,
      );
    await user.click(screen.getByRole('checkbox', { name: 'Select segment 2' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select segment 5' }));
    await user.keyboard('{/Shift}');
    await user.click(screen.getByRole('checkbox', { name: 'Select segment 6' }));
    await screen.findByText('5 segments selected');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Set the status of the segments selected' }),
      'approved',
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('The 5 segments selected become “Approved”.');
    expect(
      within(dialog).getByRole('checkbox', {
        name: 'Unlock the locked segment among them too (else it stays locked)',
      }),
    ).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Set status' }));
    await screen.findByText('4 segments set to “Approved”.');
    expect(await statuses()).toEqual([
      'draft',
      'approved',
      'approved',
      'locked',
      'approved',
      'approved',
      'draft',
      'draft',
    ]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone.');
    expect(await statuses()).toEqual([
      'draft',
      'draft',
      'draft',
      'locked',
      'draft',
      'draft',
      'draft',
      'draft',
    ]);
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/segments? selected/)).toBeNull();
  });

  it('picks every row the filter shows with Ctrl+A outside text fields', async () => {
    const { user } = await renderDocument(120);
    const box = document.querySelector<HTMLInputElement>('[data-role="segment-filter"]');
    if (box === null) throw new Error('no filter box');
    await user.type(box, '7月');
    await screen.findByText('3 of 120 segments');
    // In the filter box Ctrl+A selects its text, not rows.
    await user.keyboard('{Control>}a{/Control}');
    expect(screen.queryByText(/segments selected/)).toBeNull();
    act(() => box.blur());
    await user.keyboard('{Control>}a{/Control}');
    await screen.findByText('3 segments selected');
    expect(
      screen.getByRole('combobox', { name: 'Set the status of the segments selected' }),
    ).toBeTruthy();
  });
});
