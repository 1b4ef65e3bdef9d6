// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteProject, listProjects } from '../../db/projectRepository';
import { listDocuments, listSegments, saveSegmentTarget } from '../../db/segmentRepository';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import { richTextFromPlainText } from '../../domain/richText';
import { renderWithProviders } from '../testing/renderWithProviders';
import { stubJsdomLayout } from '../testing/stubJsdomLayout';
import { TranslateView } from './TranslateView';
import { createTranslateViewFixture, type FixtureSentence } from './translateViewFixture';

beforeAll(stubJsdomLayout);
afterEach(cleanup);

const sentence = (source: string, target = ''): FixtureSentence => ({ source, target });

async function renderView(sentences: readonly FixtureSentence[]) {
  const fixture = await createTranslateViewFixture([sentences]);
  renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
    database: fixture.database,
  });
  await screen.findAllByRole('group');
  return { ...fixture, user: userEvent.setup() };
}

function row(index: number): HTMLElement {
  const found = document.querySelectorAll<HTMLElement>('[data-segment-id]')[index];
  if (found === undefined) throw new Error(`No row ${index}`);
  return found;
}

function targetEditorOf(index: number): HTMLElement | null {
  return row(index).querySelector<HTMLElement>('[data-role="target"] .ProseMirror');
}

async function focusEditor(index: number): Promise<HTMLElement> {
  const target = within(
    row(index).querySelector<HTMLElement>('[data-role="target"]') ?? row(index),
  ).getByRole('textbox');
  act(() => target.focus());
  return waitFor(() => {
    const editor = targetEditorOf(index);
    expect(editor).not.toBeNull();
    return editor as HTMLElement;
  });
}

describe('TranslateView with other tabs', () => {
  it('shows a save made in another tab in the focused segment when nothing is typed here', async () => {
    const { database, documentId } = await renderView([sentence('第一句。', 'Mine.')]);
    const editor = await focusEditor(0);
    const [stored] = await listSegments(database, documentId);
    if (stored === undefined) throw new Error('no segment');
    const otherTab = openTestDatabase(database.name);
    await saveSegmentTarget(otherTab, stored.id, {
      target: richTextFromPlainText('Theirs.'),
      event: 'type',
    });
    await waitFor(() => expect(targetEditorOf(0)).toHaveTextContent('Theirs.'));
    expect(editor.isConnected).toBe(false);
    otherTab.close();
  });

  it('offers a choice when another tab saves the segment while this tab has unsaved text', async () => {
    const { database, documentId, user } = await renderView([sentence('第一句。', '')]);
    const [stored] = await listSegments(database, documentId);
    if (stored === undefined) throw new Error('no segment');
    // This tab's writes fail for now, so what it types stays unsaved.
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(database.segments, 'put').mockRejectedValue(full);
    const editor = await focusEditor(0);
    await user.type(editor, 'Mine');
    const otherTab = openTestDatabase(database.name);
    await saveSegmentTarget(otherTab, stored.id, {
      target: richTextFromPlainText('Theirs.'),
      event: 'type',
    });
    otherTab.close();
    const notice = await screen.findByText(/was changed in another tab/);
    expect(notice).toHaveTextContent('Theirs.');
    expect(targetEditorOf(0)).toHaveTextContent('Mine');
    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(targetEditorOf(0)).toHaveTextContent('Theirs.'));
    expect(screen.queryByText(/was changed in another tab/)).toBeNull();
    await waitFor(async () =>
      expect((await listSegments(database, documentId))[0]?.targetText).toBe('Theirs.'),
    );
  });

  it('keeps the page and its text when another tab deletes the project, and saves it as a new one', async () => {
    const { database, projectId, user } = await renderView([
      sentence('第一句。', 'One.'),
      sentence('第二句。', ''),
    ]);
    const editor = await focusEditor(1);
    await user.type(editor, 'Two typed');
    const otherTab = openTestDatabase(database.name);
    await deleteProject(otherTab, projectId);
    otherTab.close();
    const notice = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-role="project-deleted"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(notice).toHaveTextContent('This project was deleted in another tab.');
    expect(row(1)).toHaveTextContent('Two typed');
    expect(targetEditorOf(1)).toBeNull();
    await user.click(within(notice).getByRole('button', { name: 'Save as a new project' }));
    await within(notice).findByText('Saved as the project “Test project (recovered)”.');
    const [recovered] = await listProjects(database);
    if (recovered === undefined) throw new Error('nothing saved');
    const [recoveredDocument] = await listDocuments(database, recovered.id);
    if (recoveredDocument === undefined) throw new Error('no document saved');
    const segments = await listSegments(database, recoveredDocument.id);
    expect(segments.map((segment) => segment.targetText)).toEqual(['One.', 'Two typed']);
  });
});
