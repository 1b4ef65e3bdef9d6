// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/renderWithProviders';
import { stubJsdomLayout } from '../testing/stubJsdomLayout';
import { TranslateView } from './TranslateView';
import { createTranslateViewFixture } from './translateViewFixture';

beforeAll(stubJsdomLayout);
afterEach(cleanup);

async function renderLongDocument(count: number) {
  const sentences = Array.from({ length: count }, (_, index) => ({
    source: index % 50 === 7 ? `第${index + 1}句谈到转型发展。` : `第${index + 1}句。`,
    target: index === 120 ? 'Transformation and growth.' : '',
  }));
  const fixture = await createTranslateViewFixture([sentences]);
  renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
    database: fixture.database,
  });
  await screen.findAllByRole('group');
  return { user: userEvent.setup() };
}

const focusedRow = () =>
  document.querySelector<HTMLElement>('[data-segment-id][aria-current="true"]');

describe('TranslateView find and go to', () => {
  it('finds in every segment, not only the rows on screen, and goes from hit to hit', async () => {
    const { user } = await renderLongDocument(300);
    await user.keyboard('{Control>}f{/Control}');
    const box = await screen.findByRole('searchbox', { name: 'Find in this document' });
    expect(box).toHaveAttribute('data-role', 'find');
    expect(box).toHaveFocus();
    await user.type(box, '转型');
    const search = screen.getByRole('search');
    const count = within(search).getByRole('status');
    expect(count).toHaveTextContent('1 of 6 · segment 8');
    expect(box).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(count).toHaveTextContent('3 of 6 · segment 108');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(count).toHaveTextContent('2 of 6 · segment 58');
    await user.keyboard('{Shift>}{Enter}{Enter}{Enter}{/Shift}');
    expect(count).toHaveTextContent('5 of 6 · segment 208');
    await user.clear(box);
    await user.type(box, 'transformation');
    expect(count).toHaveTextContent('1 of 1 · segment 121');
    await user.clear(box);
    await user.type(box, '北京');
    expect(within(search).getByRole('status')).toHaveTextContent('No matches');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('goes to a segment by its number with Ctrl+G and refuses one that does not exist', async () => {
    const { user } = await renderLongDocument(300);
    await user.keyboard('{Control>}g{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Go to segment' });
    const input = within(dialog).getByLabelText('Segment number (1 to 300)');
    await user.type(input, '301{Enter}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Enter a number from 1 to 300.');
    await user.clear(input);
    await user.type(input, '3{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(focusedRow()).toHaveTextContent('第3句。'));
  });
});
