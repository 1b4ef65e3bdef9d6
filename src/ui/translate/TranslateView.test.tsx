// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions, listSegments } from '../../db/segmentRepository';
import { renderWithProviders } from '../testing/renderWithProviders';
import { stubJsdomLayout } from '../testing/stubJsdomLayout';
import { TranslateView } from './TranslateView';
import { SHORTCUTS } from './shortcuts';
import {
  createTranslateViewFixture,
  type FixtureSentence,
  type FixtureTerm,
} from './translateViewFixture';

beforeAll(stubJsdomLayout);

afterEach(() => {
  cleanup();
});

const sentence = (
  source: string,
  target = '',
  status: FixtureSentence['status'] = 'new',
): FixtureSentence => ({ source, target, status });
const term = (source: string, target: string, note = ''): FixtureTerm => ({ source, target, note });

async function renderView(
  paragraphs: readonly (readonly FixtureSentence[])[],
  terms: readonly FixtureTerm[] = [],
) {
  const fixture = await createTranslateViewFixture(paragraphs, terms);
  const rendered = renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
    database: fixture.database,
  });
  await screen.findAllByRole('group');
  return { ...rendered, ...fixture, user: userEvent.setup() };
}

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-segment-id]')];
}

function row(index: number): HTMLElement {
  const found = rows()[index];
  if (found === undefined) throw new Error(`No row ${index}`);
  return found;
}

function cell(rowElement: HTMLElement, role: 'source' | 'target'): HTMLElement {
  const found = rowElement.querySelector<HTMLElement>(`[data-role="${role}"]`);
  if (found === null) throw new Error(`No ${role} cell`);
  return found;
}

async function focusTarget(index: number) {
  const target = within(cell(row(index), 'target')).getByRole('textbox');
  act(() => target.focus());
  return waitFor(() => {
    const editor = cell(row(index), 'target').querySelector<HTMLElement>('.ProseMirror');
    expect(editor).not.toBeNull();
    return editor as HTMLElement;
  });
}

describe('TranslateView', () => {
  it('shows each segment with its source, target, status and paragraph label', async () => {
    await renderView([
      [sentence('第一句。', 'First.', 'draft'), sentence('第二句。')],
      [sentence('第三句。', 'Third.', 'translated')],
    ]);
    expect(rows()).toHaveLength(3);
    expect(rows().map((element) => cell(element, 'source').textContent)).toEqual([
      '第一句。',
      '第二句。',
      '第三句。',
    ]);
    expect(cell(row(0), 'target')).toHaveTextContent('First.');
    expect(rows().map((element) => element.dataset['status'])).toEqual([
      'draft',
      'new',
      'translated',
    ]);
    expect(within(row(2)).getByText('Translated')).toBeInTheDocument();
    expect(screen.getAllByText(/^Paragraph \d$/).map((label) => label.textContent)).toEqual([
      'Paragraph 1',
      'Paragraph 2',
    ]);
    expect(screen.getByText('1 / 3 segments · 3 / 9 Chinese characters')).toBeInTheDocument();
  });

  it('highlights glossary terms in the source with data-term-id, longest first', async () => {
    await renderView(
      [[sentence('实现两个基本实现目标。')]],
      [
        term('基本', 'basic'),
        term('两个基本实现', 'Two Fundamental Achievements', 'policy slogan'),
      ],
    );
    // The glossary loads apart from the segments: wait for its highlight.
    const highlights = await waitFor(() => {
      const found = cell(row(0), 'source').querySelectorAll<HTMLElement>('[data-term-id]');
      if (found.length === 0) throw new Error('no highlight yet');
      return found;
    });
    expect([...highlights].map((element) => element.textContent)).toEqual(['两个基本实现']);
    expect(highlights[0]).toHaveAttribute(
      'aria-description',
      'Two Fundamental Achievements — policy slogan',
    );
  });

  it('renders markup in the source as text, never as HTML', async () => {
    await renderView([[sentence('<script>window.hacked = true</script><b>粗</b>')]]);
    const source = cell(row(0), 'source');
    expect(source.textContent).toBe('<script>window.hacked = true</script><b>粗</b>');
    expect(source.querySelector('script, b')).toBeNull();
    await focusTarget(0);
    expect(cell(row(0), 'source').querySelector('script, b')).toBeNull();
    expect(cell(row(0), 'source').textContent).toBe(
      '<script>window.hacked = true</script><b>粗</b>',
    );
  });

  it('mounts an editor only in the focused row, with its source as a read-only TipTap view', async () => {
    await renderView(
      [[sentence('第一句。', 'First.'), sentence('第二句。')]],
      [term('第一', 'first')],
    );
    expect(document.querySelectorAll('.ProseMirror')).toHaveLength(0);
    const editor = await focusTarget(0);
    expect(editor).toHaveTextContent('First.');
    expect(document.querySelectorAll('.ProseMirror[contenteditable="true"]')).toHaveLength(1);
    expect(
      cell(row(0), 'source').querySelector('.ProseMirror[contenteditable="false"] [data-term-id]'),
    ).toHaveTextContent('第一');
    expect(row(0)).toHaveAttribute('aria-current', 'true');
  });

  it('lists the focused segment’s terms and inserts the nth rendering with Alt+n, saving it as a draft', async () => {
    const { user, database, documentId } = await renderView(
      [[sentence('京津冀和海外仓。')]],
      [
        term('海外仓', 'overseas warehouse', 'storage abroad'),
        term('京津冀', 'Beijing-Tianjin-Hebei'),
      ],
    );
    await focusTarget(0);
    const panel = screen.getByRole('region', { name: 'Terms in this segment' });
    const listed = [...panel.querySelectorAll('.glossary-panel__term')].map(
      (item) => item.textContent,
    );
    expect(listed[0]).toContain('京津冀');
    expect(listed[1]).toContain('overseas warehouse');
    expect(listed[1]).toContain('storage abroad');
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(cell(row(0), 'target')).toHaveTextContent('overseas warehouse'));
    await waitFor(async () => {
      const [stored] = await listSegments(database, documentId);
      expect(stored?.targetText).toBe('overseas warehouse');
      expect(stored?.status).toBe('draft');
    });
  });

  it('copies the source to the target with Alt+Insert', async () => {
    const { user } = await renderView([[sentence('第一句。')]]);
    await focusTarget(0);
    await user.keyboard('{Alt>}{Insert}{/Alt}');
    await waitFor(() =>
      expect(cell(row(0), 'target').querySelector('.ProseMirror')).toHaveTextContent('第一句。'),
    );
  });

  it('confirms with Ctrl+Enter: the status becomes translated and the next row gets the editor', async () => {
    const { user, database, documentId } = await renderView([
      [sentence('第一句。', 'First.', 'draft'), sentence('第二句。')],
    ]);
    await focusTarget(0);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(row(0)).toHaveAttribute('data-status', 'translated'));
    await waitFor(() =>
      expect(cell(row(1), 'target').querySelector('.ProseMirror')).not.toBeNull(),
    );
    expect(cell(row(0), 'target').querySelector('.ProseMirror')).toBeNull();
    expect(document.activeElement?.closest('[data-segment-id]')).toBe(row(1));
    const segments = await listSegments(database, documentId);
    expect(segments.map((segment) => segment.status)).toEqual(['translated', 'new']);
    expect(screen.getByText('1 / 2 segments · 3 / 6 Chinese characters')).toBeInTheDocument();
  });

  it('never lowers an approved segment with Ctrl+Enter, even right after approving it', async () => {
    const { user, database, documentId } = await renderView([
      [sentence('第一句。', 'First.', 'approved'), sentence('第二句。', 'Second.', 'draft')],
      [sentence('第三句。')],
    ]);
    await focusTarget(0);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(row(1)).toHaveAttribute('aria-current', 'true'));
    // Approve the draft and confirm at once, before the list has seen the new status.
    const picker = within(row(1)).getByRole('combobox');
    act(() => {
      picker.focus();
    });
    await user.selectOptions(picker, 'approved');
    const editor = cell(row(1), 'target').querySelector<HTMLElement>('.ProseMirror');
    act(() => editor?.focus());
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(row(2)).toHaveAttribute('aria-current', 'true'));
    await waitFor(async () =>
      expect((await listSegments(database, documentId)).map((segment) => segment.status)).toEqual([
        'approved',
        'approved',
        'new',
      ]),
    );
  });

  it('focuses a row and opens its status menu when its badge is clicked', async () => {
    const { user } = await renderView([
      [sentence('第一句。', 'One.'), sentence('第二句。', 'Two.', 'draft')],
    ]);
    await focusTarget(0);
    const badge = row(1).querySelector<HTMLElement>('[data-role="status"]');
    if (badge === null) throw new Error('no status badge');
    await user.click(badge);
    await waitFor(() => expect(row(1)).toHaveAttribute('aria-current', 'true'));
    expect(within(row(1)).getByRole('combobox', { name: 'Status of segment 2' })).toHaveFocus();
  });

  it('does not confirm an empty translation: Ctrl+Enter moves on and an emptied draft is new', async () => {
    const { user, database, documentId } = await renderView([
      [sentence('第一句。'), sentence('第二句。', '  ', 'draft'), sentence('第三句。')],
    ]);
    await focusTarget(0);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(row(1)).toHaveAttribute('aria-current', 'true'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(row(2)).toHaveAttribute('aria-current', 'true'));
    await waitFor(async () =>
      expect((await listSegments(database, documentId)).map((segment) => segment.status)).toEqual([
        'new',
        'new',
        'new',
      ]),
    );
    expect(screen.getByText('0 / 3 segments · 0 / 9 Chinese characters')).toBeInTheDocument();
  });

  it('makes an edited confirmed segment a draft again, keeping the confirmed text in its history', async () => {
    const { user, database, documentId } = await renderView([
      [sentence('第一句。', 'First.', 'approved'), sentence('第二句。', 'Second.', 'translated')],
    ]);
    await focusTarget(1);
    await waitFor(() => expect(row(1)).toHaveAttribute('aria-current', 'true'));
    expect(row(1)).toHaveAttribute('data-status', 'translated');
    const editor = await focusTarget(0);
    await user.type(editor, ' Edited');
    await waitFor(async () => {
      const [first, second] = await listSegments(database, documentId);
      expect(first?.targetText).toContain('Edited');
      expect(first?.status).toBe('draft');
      expect(second?.status).toBe('translated');
    });
    const [first] = await listSegments(database, documentId);
    if (first === undefined) throw new Error('The document lost its first segment.');
    const history = await listRevisions(database, first.id);
    expect(history.map((revision) => [revision.targetText, revision.status])).toContainEqual([
      'First.',
      'approved',
    ]);
  });

  it('sets any status from the focused row, keeping the text being typed', async () => {
    const { user, database, documentId } = await renderView([
      [sentence('第一句。', 'First.', 'translated'), sentence('第二句。')],
    ]);
    const editor = await focusTarget(0);
    expect(within(row(1)).queryByRole('combobox')).toBeNull();
    await user.type(editor, 'Typed ');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status of segment 1' }),
      'Approved',
    );
    await waitFor(async () => {
      const [first] = await listSegments(database, documentId);
      expect(first?.status).toBe('approved');
      expect(first?.targetText).toContain('Typed');
    });
    await waitFor(() => expect(row(0)).toHaveAttribute('data-status', 'approved'));
  });

  it('moves between segments with Alt+ArrowDown and Alt+ArrowUp', async () => {
    const { user } = await renderView([[sentence('一。'), sentence('二。'), sentence('三。')]]);
    await focusTarget(0);
    await user.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
    await waitFor(() => expect(row(2)).toHaveAttribute('aria-current', 'true'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(row(1)).toHaveAttribute('aria-current', 'true'));
  });

  it('opens a document again at the segment the translator was on', async () => {
    const { user, unmount, database, projectId } = await renderView([
      [sentence('一。'), sentence('二。'), sentence('三。')],
    ]);
    await focusTarget(0);
    await user.keyboard('{Alt>}{ArrowDown}{ArrowDown}{/Alt}');
    await waitFor(() => expect(row(2)).toHaveAttribute('aria-current', 'true'));
    unmount();
    renderWithProviders(<TranslateView projectId={projectId} />, { database });
    await screen.findAllByRole('group');
    await waitFor(() => expect(row(2)).toHaveAttribute('aria-current', 'true'));
  });

  it('opens the shortcut sheet with F1 and lists every shortcut', async () => {
    const { user } = await renderView([[sentence('一。')]]);
    await user.keyboard('{F1}');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(sheet).getByText('Confirm the segment as translated and go to the next one'),
    ).toBeInTheDocument();
    expect(within(sheet).getAllByRole('row')).toHaveLength(SHORTCUTS.length + 1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('saves typed text as a draft within half a second and says so', async () => {
    const { user, database, documentId } = await renderView([[sentence('第一句。')]]);
    const editor = await focusTarget(0);
    await user.type(editor, 'Hello');
    await waitFor(() => expect(editor).toHaveTextContent('Hello'));
    await waitFor(async () => {
      const [stored] = await listSegments(database, documentId);
      expect(stored?.targetText).toBe('Hello');
      expect(stored?.status).toBe('draft');
    });
    await waitFor(() => expect(row(0)).toHaveAttribute('data-status', 'draft'));
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Saved');
  });

  it('takes pasted HTML as plain text', async () => {
    await renderView([[sentence('第一句。')]]);
    const editor = await focusTarget(0);
    const clipboardData = {
      getData: (type: string) =>
        type === 'text/html' ? '<h1>Big</h1><script>alert(1)</script><b>bold</b> text' : '',
      types: ['text/html'],
    };
    act(() => {
      editor.dispatchEvent(
        Object.assign(new Event('paste', { bubbles: true, cancelable: true }), { clipboardData }),
      );
    });
    await waitFor(() => expect(editor.textContent).toContain('bold text'));
    expect(editor.querySelector('h1, b, strong, script')).toBeNull();
  });

  it('adds a term from the selected source text, and the highlight appears', async () => {
    const { user } = await renderView([[sentence('山西中部城市群发展。')]]);
    const sourceText = cell(row(0), 'source').querySelector('span')?.firstChild;
    if (!(sourceText instanceof Text)) throw new Error('No source text node');
    const selection = window.getSelection();
    const range = document.createRange();
    range.setStart(sourceText, 0);
    range.setEnd(sourceText, 7);
    selection?.removeAllRanges();
    selection?.addRange(range);
    await user.click(screen.getByRole('button', { name: 'Add term' }));
    const form = await screen.findByRole('region', { name: 'Add a glossary term' });
    expect(within(form).getByLabelText('Chinese term')).toHaveValue('山西中部城市群');
    await user.type(
      within(form).getByLabelText('English rendering'),
      'Central Shanxi city cluster',
    );
    await user.click(within(form).getByRole('button', { name: 'Save term' }));
    await waitFor(() =>
      expect(cell(row(0), 'source').querySelector('[data-term-id]')).toHaveTextContent(
        '山西中部城市群',
      ),
    );
    await focusTarget(0);
    expect(
      within(screen.getByRole('region', { name: 'Terms in this segment' })).getByText(
        'Central Shanxi city cluster',
      ),
    ).toBeInTheDocument();
  });

  it('closes the add-term form with Escape or a saved term, and gives the focus back to the translation', async () => {
    const { user } = await renderView([[sentence('第一句。')]]);
    const editor = await focusTarget(0);
    const formName = { name: 'Add a glossary term' };
    await user.click(screen.getByRole('button', { name: 'Add term' }));
    const firstForm = await screen.findByRole('region', formName);
    await user.click(within(firstForm).getByLabelText('Chinese term'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', formName)).not.toBeInTheDocument();
    await waitFor(() => expect(editor).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Add term' }));
    const form = await screen.findByRole('region', formName);
    await user.type(within(form).getByLabelText('Chinese term'), '第一');
    await user.type(within(form).getByLabelText('English rendering'), 'first');
    await user.click(within(form).getByRole('button', { name: 'Save term' }));
    await waitFor(() => expect(screen.queryByRole('region', formName)).not.toBeInTheDocument());
    await waitFor(() => expect(editor).toHaveFocus());
  });

  it('refuses a term without a rendering with a clear message', async () => {
    const { user } = await renderView([[sentence('第一句。')]]);
    await focusTarget(0);
    await user.click(screen.getByRole('button', { name: 'Add term' }));
    const form = await screen.findByRole('region', { name: 'Add a glossary term' });
    await user.type(within(form).getByLabelText('Chinese term'), '第一');
    await user.click(within(form).getByRole('button', { name: 'Save term' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Enter the English rendering.');
  });

  it('lists earlier versions of the focused segment and restores one', async () => {
    const { user } = await renderView([[sentence('第一句。', 'Old text.', 'draft')]]);
    const editor = await focusTarget(0);
    await user.keyboard('{Alt>}{Insert}{/Alt}');
    const history = screen.getByRole('region', { name: 'History of this segment' });
    const restore = await within(history).findByRole('button', {
      name: /^Restore the version saved/,
    });
    expect(within(history).getByText('Old text.')).toBeInTheDocument();
    expect(editor).toHaveTextContent('第一句。');
    await user.click(restore);
    await waitFor(() =>
      expect(cell(row(0), 'target').querySelector('.ProseMirror')).toHaveTextContent('Old text.'),
    );
  });

  it('speaks Chinese when the interface language is Chinese', async () => {
    const fixture = await createTranslateViewFixture([
      [sentence('第一句。', 'First.', 'translated')],
    ]);
    renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
      database: fixture.database,
      language: 'zh',
    });
    await screen.findAllByRole('group');
    expect(within(row(0)).getByText('已翻译')).toBeInTheDocument();
    expect(screen.getByText('1 / 1 个句段 · 3 / 3 个汉字')).toBeInTheDocument();
  });
});
