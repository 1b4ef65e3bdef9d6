// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as segmentRepository from '../../db/segmentRepository';
import { renderWithProviders } from '../testing/renderWithProviders';
import { stubJsdomLayout } from '../testing/stubJsdomLayout';
import { TranslateView } from './TranslateView';
import { createTranslateViewFixture } from './translateViewFixture';

vi.mock('../../db/segmentRepository', async (importOriginal) => {
  const original = await importOriginal<typeof segmentRepository>();
  return { ...original, saveSegmentTarget: vi.fn(original.saveSegmentTarget) };
});

beforeAll(stubJsdomLayout);

afterEach(() => {
  cleanup();
  vi.mocked(segmentRepository.saveSegmentTarget).mockReset();
});

const failure = (name: string) => Object.assign(new Error(`${name} from the test`), { name });

describe('TranslateView when saving fails', () => {
  it.each([
    [
      'QuotaExceededError',
      'Could not save: storage is full. Your text is kept here and will be retried.',
    ],
    [
      'UnknownError',
      'Could not save because of a storage error. Your text is kept here and will be retried.',
    ],
  ])(
    'shows a clear message for %s, keeps the text and retries until it is stored',
    async (errorName, message) => {
      const fixture = await createTranslateViewFixture([[{ source: '第一句。' }]]);
      const original = (
        await vi.importActual<typeof segmentRepository>('../../db/segmentRepository')
      ).saveSegmentTarget;
      let isStorageFailing = true;
      vi.mocked(segmentRepository.saveSegmentTarget).mockImplementation((...args) =>
        isStorageFailing ? Promise.reject(failure(errorName)) : original(...args),
      );
      renderWithProviders(<TranslateView projectId={fixture.projectId} />, {
        database: fixture.database,
      });
      const user = userEvent.setup();
      const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
      act(() => target.focus());
      const editor = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
      await waitFor(() => expect(editor).toHaveClass('ProseMirror'));
      await user.type(editor, 'Kept');

      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      expect(editor).toHaveTextContent('Kept');
      isStorageFailing = false;

      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'), {
        timeout: 3000,
      });
      const [stored] = await segmentRepository.listSegments(fixture.database, fixture.documentId);
      expect(stored?.targetText).toBe('Kept');
    },
  );
});
