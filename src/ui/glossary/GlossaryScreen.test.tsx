// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addGlossaryEntry,
  createGlossary,
  listGlossaryEntries,
  listProjectGlossaryIds,
  saveGlossaryEntry,
  setProjectGlossaries,
} from '../../db/glossaryRepository';
import { importExchangeDocument } from '../../db/importExchangeDocument';
import { createProjectFromText } from '../../db/projectRepository';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { termConcept } from '../../domain/glossary/testing/termConcept';
import type { GlossaryId, ProjectId } from '../../domain/ids';
import { renderWithProviders } from '../testing/renderWithProviders';
import { stubJsdomLayout } from '../testing/stubJsdomLayout';
import { GlossaryScreen } from './GlossaryScreen';

beforeAll(stubJsdomLayout);

let database: WorkbenchDatabase;
let projectId: ProjectId;
let glossaryId: GlossaryId;
beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, {
    name: 'Policy',
    text: '两个基本实现是目标。高校很多。高校和两个基本实现。',
  });
  glossaryId = (await createGlossary(database, 'Policy terms')).id;
  await setProjectGlossaries(database, projectId, [glossaryId]);
  await addGlossaryEntry(database, glossaryId, {
    ...termConcept('两个基本实现', [['two basic goals', 'preferred']]),
    domain: 'policy',
  });
  await addGlossaryEntry(database, glossaryId, {
    ...termConcept('高校', [
      ['universities', 'preferred'],
      ['high schools', 'forbidden'],
    ]),
    partOfSpeech: 'noun',
  });
  await addGlossaryEntry(database, glossaryId, termConcept('山西', [['Shanxi', 'preferred']]));
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

const onGoToSegment = vi.fn();
async function renderScreen() {
  const user = userEvent.setup();
  renderWithProviders(<GlossaryScreen projectId={projectId} onGoToSegment={onGoToSegment} />, {
    database,
  });
  await screen.findAllByRole('row');
  await waitFor(() => expect(entryTerms()).toHaveLength(3));
  return user;
}

const entryTerms = () =>
  [...document.querySelectorAll('[data-entry-id] .glossary-row__term-text')].map(
    (cell) => cell.textContent,
  );
const rowOf = (term: string) => {
  const row = [...document.querySelectorAll<HTMLElement>('[data-entry-id]')].find((candidate) =>
    candidate.textContent?.includes(term),
  );
  if (row === undefined) throw new Error(`no row for ${term}`);
  return row;
};
const storedTerms = async () =>
  (await listGlossaryEntries(database, glossaryId)).map(
    (entry) => `${entry.term}=${entry.renderings.map((rendering) => rendering.text).join(',')}`,
  );

describe('GlossaryScreen', () => {
  it('lists the project’s glossary by term, with where each entry occurs', async () => {
    await renderScreen();
    expect(entryTerms()).toEqual(['高校', '两个基本实现', '山西']);
    expect(within(rowOf('高校')).getByRole('button', { name: '2 segments' })).toBeTruthy();
    expect(within(rowOf('山西')).getByText('not used')).toBeTruthy();
  });

  it.each([
    ['liangge', ['两个基本实现']],
    ['lgjbsx', ['两个基本实现']],
    ['liǎng gè', ['两个基本实现']],
    ['兩個', ['两个基本实现']],
    ['UNIVERSITIES', ['高校']],
  ])('finds %s by pinyin, folding and English', async (query, expected) => {
    const user = await renderScreen();
    await user.type(screen.getByRole('searchbox', { name: 'Search the glossary' }), query);
    await waitFor(() => expect(entryTerms()).toEqual(expected));
  });

  it('filters by status, domain and part of speech, and sorts by any column', async () => {
    const user = await renderScreen();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by status' }),
      'forbidden',
    );
    await waitFor(() => expect(entryTerms()).toEqual(['高校']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by status' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by domain' }), 'policy');
    await waitFor(() => expect(entryTerms()).toEqual(['两个基本实现']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by domain' }), '');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by part of speech' }),
      'noun',
    );
    await waitFor(() => expect(entryTerms()).toEqual(['高校']));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by part of speech' }),
      '',
    );
    await user.click(screen.getByRole('button', { name: 'Renderings' }));
    await waitFor(() => expect(entryTerms()).toEqual(['山西', '两个基本实现', '高校']));
    await user.click(screen.getByRole('button', { name: 'Renderings' }));
    await waitFor(() => expect(entryTerms()).toEqual(['高校', '两个基本实现', '山西']));
    expect(screen.getByRole('columnheader', { name: /Renderings/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await user.click(screen.getByRole('button', { name: 'Status' }));
    await waitFor(() => expect(entryTerms()).toEqual(['两个基本实现', '山西', '高校']));
  });

  it('adds a new term, and opens the existing entry to add a rendering to a known one', async () => {
    const user = await renderScreen();
    const form = within(screen.getByRole('form', { name: 'Add an entry' }));
    await user.type(form.getByRole('textbox', { name: 'Term' }), '转型');
    await user.type(form.getByRole('textbox', { name: 'Rendering' }), 'transformation');
    await user.click(form.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await storedTerms()).toContain('转型=transformation'));

    await user.type(form.getByRole('textbox', { name: 'Term' }), '高校');
    await user.type(
      form.getByRole('textbox', { name: 'Rendering' }),
      'higher education institutions',
    );
    await user.click(form.getByRole('button', { name: 'Add' }));
    const editor = await screen.findByRole('form', { name: 'Edit the entry 高校' });
    expect(within(editor).getByRole('textbox', { name: 'Rendering 3' })).toHaveValue(
      'higher education institutions',
    );
    expect(within(editor).getByRole('combobox', { name: 'Status of rendering 3' })).toHaveValue(
      'admitted',
    );
    expect(await storedTerms()).toContain('高校=universities,high schools');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await storedTerms()).toContain(
        '高校=universities,high schools,higher education institutions',
      ),
    );
    expect((await storedTerms()).filter((line) => line.startsWith('高校'))).toHaveLength(1);
  });

  it('edits a rendering’s status in place', async () => {
    const user = await renderScreen();
    await user.click(within(rowOf('山西')).getByRole('button', { name: 'Edit 山西' }));
    const editor = await screen.findByRole('form', { name: 'Edit the entry 山西' });
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Status of rendering 1' }),
      'deprecated',
    );
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(
        (await listGlossaryEntries(database, glossaryId)).find((entry) => entry.term === '山西')
          ?.renderings[0]?.status,
      ).toBe('deprecated'),
    );
  });

  it('refuses to rename an entry onto another entry’s term, saying why', async () => {
    const user = await renderScreen();
    await user.click(within(rowOf('山西')).getByRole('button', { name: 'Edit 山西' }));
    const editor = within(await screen.findByRole('form', { name: 'Edit the entry 山西' }));
    const term = editor.getByRole('textbox', { name: 'Term' });
    await user.clear(term);
    await user.type(term, '高校');
    await user.click(editor.getByRole('button', { name: 'Save' }));
    await editor.findByText('The glossary has this term already.');
    expect((await storedTerms()).filter((line) => line.startsWith('高校'))).toHaveLength(1);
    expect(await storedTerms()).toContain('山西=Shanxi');
  });

  it('drops the “already in the glossary” notice with the editor it opened', async () => {
    const user = await renderScreen();
    const form = within(screen.getByRole('form', { name: 'Add an entry' }));
    await user.type(form.getByRole('textbox', { name: 'Term' }), '高校');
    await user.type(form.getByRole('textbox', { name: 'Rendering' }), 'colleges');
    await user.click(form.getByRole('button', { name: 'Add' }));
    const editor = within(await screen.findByRole('form', { name: 'Edit the entry 高校' }));
    expect(screen.getByText(/is in the glossary already/)).toBeInTheDocument();
    await user.click(editor.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/is in the glossary already/)).toBeNull();
  });

  it('opens the entry whose variant a new term is, instead of adding a second', async () => {
    const [goals] = (await listGlossaryEntries(database, glossaryId)).filter(
      (entry) => entry.term === '两个基本实现',
    );
    if (goals === undefined) throw new Error('no entry');
    await saveGlossaryEntry(database, {
      ...goals,
      variants: [{ text: '两个实现', kind: 'abbreviation' }],
    });
    const user = await renderScreen();
    const form = within(screen.getByRole('form', { name: 'Add an entry' }));
    await user.type(form.getByRole('textbox', { name: 'Term' }), '两个实现');
    await user.type(form.getByRole('textbox', { name: 'Rendering' }), 'two goals');
    await user.click(form.getByRole('button', { name: 'Add' }));
    await screen.findByRole('form', { name: 'Edit the entry 两个基本实现' });
    expect(await storedTerms()).toHaveLength(3);
  });

  it('deletes an entry and undoes the deletion', async () => {
    const user = await renderScreen();
    await user.click(within(rowOf('山西')).getByRole('button', { name: 'Delete 山西' }));
    await waitFor(() => expect(entryTerms()).toEqual(['高校', '两个基本实现']));
    // The focus goes from the deleted row to Undo: Enter takes the deletion back.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(entryTerms()).toEqual(['高校', '两个基本实现', '山西']));
  });

  it('jumps to a segment the entry occurs in', async () => {
    const user = await renderScreen();
    await user.click(within(rowOf('高校')).getByRole('button', { name: '2 segments' }));
    const links = within(rowOf('高校')).getAllByRole('button', { name: /^#\d/ });
    expect(links.map((link) => link.textContent?.slice(0, 2))).toEqual(['#2', '#3']);
    const [, second] = links;
    if (second === undefined) throw new Error('no second segment');
    await user.click(second);
    expect(onGoToSegment).toHaveBeenCalledWith(
      expect.objectContaining({ segmentId: expect.any(String), documentId: expect.any(String) }),
    );
  });

  it('names the document of each occurrence when the project has several', async () => {
    await importExchangeDocument(
      database,
      {
        sourceLang: 'zh-CN',
        targetLang: 'en',
        units: [{ source: '高校在山西。', target: '', status: 'new', note: '' }],
      },
      { projectId },
      'Second report',
    );
    const user = await renderScreen();
    await user.click(within(rowOf('高校')).getByRole('button', { name: '3 segments' }));
    const links = within(rowOf('高校')).getAllByRole('button', { name: /#\d/ });
    expect(
      links.map((link) => link.querySelector('.glossary-row__occurrence-number')?.textContent),
    ).toEqual(['Policy #2', 'Policy #3', 'Second report #1']);
  });

  it('previews an import, writes nothing until confirmed, and refuses a bad file by its line', async () => {
    const user = await renderScreen();
    const before = await storedTerms();
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    const dialog = within(await screen.findByRole('dialog'));
    const input = dialog.getByLabelText('Glossary file (TSV, CSV, TBX v3 or TBX v2)');
    await user.upload(input, new File(['zh\tnote\n高校\tx\n'], 'bad.tsv'));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Line 1: the header row has no column named “en”',
    );
    await user.upload(
      input,
      new File(
        ['zh\ten\tstatus\n高校\tuniversities\tforbidden\n转型\ttransformation\t\n山西\tShanxi\t\n'],
        'terms.tsv',
      ),
    );
    const counts = await dialog.findByText('New');
    const list = counts.closest('dl');
    if (list === null) throw new Error('no counts');
    const value = (name: string) =>
      list.querySelector(`[data-count="${name}"] dd`)?.textContent ?? '';
    expect([value('added'), value('changed'), value('conflicting'), value('unchanged')]).toEqual([
      '1',
      '1',
      '1',
      '1',
    ]);
    expect(await storedTerms()).toEqual(before);
    await user.click(dialog.getByRole('radio', { name: /^Replace/ }));
    expect(value('removed')).toBe('1');
    await user.click(dialog.getByRole('radio', { name: /^Merge/ }));
    await user.click(dialog.getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await storedTerms()).toContain('转型=transformation'));
    expect(await storedTerms()).toHaveLength(4);
    const universities = (await listGlossaryEntries(database, glossaryId)).find(
      (entry) => entry.term === '高校',
    );
    expect(universities?.renderings.map((rendering) => rendering.status)).toEqual([
      'forbidden',
      'forbidden',
    ]);
  });

  it('chooses which glossaries the project uses', async () => {
    const other = await createGlossary(database, 'Other');
    const user = await renderScreen();
    const uses = within(screen.getByRole('group', { name: 'Used by “Policy”' }));
    await user.click(uses.getByRole('checkbox', { name: 'Other' }));
    await waitFor(async () =>
      expect(await listProjectGlossaryIds(database, projectId)).toEqual([glossaryId, other.id]),
    );
  });
});
