// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listProjectEntries, saveGlossaryEntry } from '../../db/glossaryRepository';
import { importExchangeDocument } from '../../db/importExchangeDocument';
import { listTermDecisions } from '../../db/termDecisionRepository';
import { renderWithProviders } from '../testing/renderWithProviders';
import { stubJsdomLayout } from '../testing/stubJsdomLayout';
import { TranslateView } from './TranslateView';
import { createTranslateViewFixture } from './translateViewFixture';

beforeAll(stubJsdomLayout);
afterEach(() => {
  cleanup();
});

async function renderView() {
  const fixture = await createTranslateViewFixture(
    [
      [
        { source: '高校很多。', target: 'There are many high schools.', status: 'translated' },
        { source: '高校在山西。', target: 'The universities are in Shanxi.', status: 'translated' },
        { source: '山西。', target: '', status: 'new' },
      ],
    ],
    [
      { source: '高校', target: 'universities' },
      { source: '高校', target: 'high schools' },
    ],
  );
  const [entry] = await listProjectEntries(fixture.database, fixture.projectId);
  if (entry === undefined) throw new Error('no entry');
  await saveGlossaryEntry(fixture.database, {
    ...entry,
    renderings: entry.renderings.map((rendering) =>
      rendering.text === 'high schools' ? { ...rendering, status: 'forbidden' } : rendering,
    ),
  });
  renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
    database: fixture.database,
  });
  await screen.findAllByRole('group');
  return { ...fixture, user: userEvent.setup() };
}

const row = (index: number) => {
  const found = document.querySelectorAll<HTMLElement>('[data-segment-id]')[index];
  if (found === undefined) throw new Error(`no row ${index}`);
  return found;
};

describe('terms in the translate view', () => {
  it('marks a forbidden rendering in a target, in a static row and in the editor', async () => {
    await renderView();
    const mark = await waitFor(() => {
      const found = row(0).querySelector('[data-term-status]');
      if (found === null) throw new Error('no mark yet');
      return found;
    });
    expect(mark).toHaveAttribute('data-term-status', 'forbidden');
    expect(mark).toHaveTextContent('high schools');
    expect(mark.getAttribute('title')).toBe('Forbidden rendering of 高校; use “universities”.');
    expect(row(1).querySelector('[data-term-status]')).toBeNull();
    const target = within(row(0).querySelector<HTMLElement>('[data-role="target"]') ?? row(0));
    act(() => target.getByRole('textbox').focus());
    await waitFor(() =>
      expect(row(0).querySelector('.ProseMirror [data-term-status="forbidden"]')).toHaveTextContent(
        'high schools',
      ),
    );
  });

  it('marks a rendering deprecated while its row’s editor is open, without a keystroke', async () => {
    const { database, projectId } = await renderView();
    const target = within(row(1).querySelector<HTMLElement>('[data-role="target"]') ?? row(1));
    act(() => target.getByRole('textbox').focus());
    await waitFor(() => expect(row(1).querySelector('.ProseMirror')).not.toBeNull());
    expect(row(1).querySelector('.ProseMirror [data-term-status]')).toBeNull();
    const [entry] = await listProjectEntries(database, projectId);
    if (entry === undefined) throw new Error('no entry');
    await saveGlossaryEntry(database, {
      ...entry,
      renderings: entry.renderings.map((rendering) =>
        rendering.text === 'universities' ? { ...rendering, status: 'deprecated' } : rendering,
      ),
    });
    await waitFor(() =>
      expect(
        row(1).querySelector('.ProseMirror [data-term-status="deprecated"]'),
      ).toHaveTextContent('universities'),
    );
  });

  it('lists the segment’s and all segments’ findings, and stores a dismissal', async () => {
    const { user, database, projectId } = await renderView();
    const check = within(await screen.findByRole('region', { name: 'Term check' }));
    await user.click(check.getByRole('radio', { name: 'All segments' }));
    const finding = await check.findByRole('button', { name: /“high schools” is forbidden/ });
    expect(finding).toHaveTextContent('#1');
    await user.click(finding);
    await waitFor(() => expect(row(0)).toHaveAttribute('aria-current', 'true'));
    await user.click(check.getByRole('radio', { name: 'This segment' }));
    const forbidden = within(
      (await check.findByRole('button', { name: /“high schools” is forbidden/ })).closest('li') ??
        document.body,
    );
    // The forbidden rendering is the one finding of the segment (no "missing" beside it).
    expect(check.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(1);
    await user.click(forbidden.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() =>
      expect(check.queryAllByRole('button', { name: 'Dismiss' })).toHaveLength(0),
    );
    expect(check.queryByRole('button', { name: /“high schools” is forbidden/ })).toBeNull();
    expect((await listTermDecisions(database, projectId)).map((decision) => decision.kind)).toEqual(
      ['dismissedFinding'],
    );
    await user.click(check.getByRole('checkbox', { name: 'Show 1 dismissed finding' }));
    await user.click(check.getByRole('button', { name: 'Show again' }));
    await waitFor(async () => expect(await listTermDecisions(database, projectId)).toEqual([]));
  });

  it('checks every document of the project together and opens another document’s finding', async () => {
    const fixture = await createTranslateViewFixture(
      [
        [
          { source: '高校很多。', target: 'There are many universities.', status: 'translated' },
          {
            source: '高校在山西。',
            target: 'The universities are in Shanxi.',
            status: 'translated',
          },
        ],
      ],
      [
        { source: '高校', target: 'universities' },
        { source: '高校', target: 'colleges' },
      ],
    );
    await importExchangeDocument(
      fixture.database,
      {
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: [
          { source: '山西。', target: 'Shanxi.', status: 'translated', note: '' },
          { source: '高校好。', target: 'The colleges are good.', status: 'translated', note: '' },
        ],
      },
      { projectId: fixture.projectId },
      'Second report',
    );
    renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
      database: fixture.database,
    });
    await screen.findAllByRole('group');
    const user = userEvent.setup();
    const check = within(await screen.findByRole('region', { name: 'Term check' }));
    await user.click(check.getByRole('radio', { name: 'All segments' }));
    const finding = await check.findByRole('button', { name: /rendered “colleges” here/ });
    expect(finding).toHaveTextContent('Second report #2');
    expect(check.getAllByRole('button', { name: /rendered/ })).toHaveLength(1);
    await user.click(finding);
    await waitFor(() => expect(row(1)).toHaveAttribute('aria-current', 'true'));
    expect(row(1)).toHaveTextContent('高校好。');
    expect(screen.getByRole('combobox', { name: 'Document' })).toHaveDisplayValue('Second report');
  });

  it('lists the focused entry’s renderings, preferred first, with their statuses', async () => {
    await renderView();
    const target = within(row(1).querySelector<HTMLElement>('[data-role="target"]') ?? row(1));
    act(() => target.getByRole('textbox').focus());
    const panel = await screen.findByRole('region', { name: 'Terms in this segment' });
    await waitFor(() =>
      expect(
        [...panel.querySelectorAll('[data-rendering-status]')].map(
          (item) => item.getAttribute('data-rendering-status') + ':' + item.firstChild?.textContent,
        ),
      ).toEqual(['preferred:universities', 'forbidden:high schools']),
    );
  });

  it('adds a rendering to the entry of a term that exists, and says so', async () => {
    const { user, database, projectId } = await renderView();
    const target = within(row(1).querySelector<HTMLElement>('[data-role="target"]') ?? row(1));
    act(() => target.getByRole('textbox').focus());
    await user.click(await screen.findByRole('button', { name: 'Add term' }));
    const form = within(await screen.findByRole('region', { name: 'Add a glossary term' }));
    await user.clear(form.getByLabelText('Chinese term'));
    await user.type(form.getByLabelText('Chinese term'), '高校');
    await user.type(form.getByLabelText('English rendering'), 'colleges');
    await user.click(form.getByRole('button', { name: 'Save term' }));
    await screen.findByText(/高校 was in the glossary already: “colleges” was added/);
    const entries = await listProjectEntries(database, projectId);
    expect(entries.map((entry) => entry.renderings.map((rendering) => rendering.text))).toEqual([
      ['universities', 'high schools', 'colleges'],
    ]);
  });
});
