// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createGlossary,
  listGlossaryEntries,
  listProjectGlossaryIds,
  setProjectGlossaries,
} from '../../db/glossaryRepository';
import { createProjectFromText } from '../../db/projectRepository';
import { listTermDecisions } from '../../db/termDecisionRepository';
import { listProjectSegments } from '../../db/testing/listProjectSegments';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import { parseCedict } from '../../domain/dictionary/parseCedict';
import { createTermCandidatesMessageHandler } from '../../domain/glossary/createTermCandidatesMessageHandler';
import type { Glossary } from '../../domain/model';
import type { ProjectId } from '../../domain/ids';
import { renderWithProviders } from '../testing/renderWithProviders';
import { TermCandidateReview } from './TermCandidateReview';

let database: WorkbenchDatabase;
let projectId: ProjectId;
let glossary: Glossary;
beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, {
    name: 'P',
    text: '推进“小切口”改革。“小切口”带来变化。数字经济发展快。数字经济很重要。',
  });
  glossary = await createGlossary(database, 'Mine');
  await setProjectGlossaries(database, projectId, [glossary.id]);
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await database.delete();
});

async function renderReview() {
  const segments = await listProjectSegments(database, projectId);
  renderWithProviders(
    <TermCandidateReview
      projectId={projectId}
      segments={segments}
      glossaries={[glossary]}
      projectGlossaryIds={[glossary.id]}
    />,
    { database },
  );
  await screen.findByText('“小切口”');
  return userEvent.setup();
}

const item = (term: string) => {
  const found = document.querySelector<HTMLElement>(`[data-candidate="${term}"]`);
  if (found === null) throw new Error(`no candidate ${term}`);
  return within(found);
};

describe('TermCandidateReview', () => {
  it('accepts a candidate into the glossary after editing it', async () => {
    const user = await renderReview();
    await user.click(item('小切口').getByRole('button', { name: 'Accept…' }));
    const editor = await screen.findByRole('form', { name: 'Edit the entry 小切口' });
    await user.type(
      within(editor).getByRole('textbox', { name: 'Rendering 1' }),
      'small-scale approach',
    );
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(
        (await listGlossaryEntries(database, glossary.id)).map((entry) => [
          entry.term,
          entry.renderings[0]?.text,
        ]),
      ).toEqual([['小切口', 'small-scale approach']]),
    );
    await waitFor(() => expect(document.querySelector('[data-candidate="小切口"]')).toBeNull());
  });

  it('rejects a candidate for good and skips one for now', async () => {
    const user = await renderReview();
    await user.click(item('数字经济').getByRole('button', { name: 'Skip' }));
    expect(document.querySelector('[data-candidate="数字经济"]')).toBeNull();
    await user.click(item('小切口').getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(document.querySelector('[data-candidate="小切口"]')).toBeNull());
    expect((await listTermDecisions(database, projectId)).map((decision) => decision.key)).toEqual([
      '小切口',
    ]);
  });

  it('accepts into a new glossary of the project when it uses only the starter one', async () => {
    const starter = await createGlossary(database, 'Starter glossary', true);
    await setProjectGlossaries(database, projectId, [starter.id]);
    const segments = await listProjectSegments(database, projectId);
    renderWithProviders(
      <TermCandidateReview
        projectId={projectId}
        segments={segments}
        glossaries={[starter, glossary]}
        projectGlossaryIds={[starter.id]}
      />,
      { database },
    );
    await screen.findByText('“小切口”');
    const user = userEvent.setup();
    await user.click(item('小切口').getByRole('button', { name: 'Accept…' }));
    expect(document.querySelector('.candidate-review__accept select')).toHaveDisplayValue(
      'A new glossary of this project',
    );
    const editor = await screen.findByRole('form', { name: 'Edit the entry 小切口' });
    await user.type(within(editor).getByRole('textbox', { name: 'Rendering 1' }), 'small cut');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await listProjectGlossaryIds(database, projectId)).toHaveLength(2),
    );
    const [own] = (await listProjectGlossaryIds(database, projectId)).filter(
      (id) => id !== starter.id,
    );
    if (own === undefined) throw new Error('no own glossary');
    expect((await listGlossaryEntries(database, own)).map((entry) => entry.term)).toEqual([
      '小切口',
    ]);
    expect(await listGlossaryEntries(database, starter.id)).toEqual([]);
  });

  it('counts occurrences and segments, the plural following the segments', async () => {
    projectId = await createProjectFromText(database, {
      name: 'Q',
      text: '推进“小切口”和“小切口”改革。',
    });
    await setProjectGlossaries(database, projectId, [glossary.id]);
    await renderReview();
    expect(
      document.querySelector('[data-candidate="小切口"] .candidate-review__count'),
    ).toHaveTextContent(/^2× in 1 segment$/);
  });

  it('says the candidates were found without the dictionary where no worker runs', async () => {
    await renderReview();
    expect(document.querySelector('[data-role="candidates-without-dictionary"]')).toHaveTextContent(
      'Found without the CC-CEDICT dictionary',
    );
  });

  it('takes the candidates the worker finds with the dictionary', async () => {
    const dictionary = parseCedict('切口 切口 [qie1 kou3] /incision/\n');
    const requests: unknown[] = [];
    // A worker in the page's thread: the real handler, a small dictionary, replies as events.
    class InThreadWorker extends EventTarget {
      postMessage(message: unknown) {
        requests.push(message);
        void createTermCandidatesMessageHandler({
          post: (reply) => this.dispatchEvent(new MessageEvent('message', { data: reply })),
          loadDictionary: async () => dictionary,
        })(message);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', InThreadWorker);
    await renderReview();
    expect(requests).toHaveLength(1);
    expect(document.querySelector('[data-role="candidates-without-dictionary"]')).toBeNull();
    expect(document.querySelector('[data-candidate="数字经济"]')).not.toBeNull();
  });
});
