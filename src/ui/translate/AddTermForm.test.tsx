// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageInputError, type StorageInputReason } from '../../db/StorageInputError';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { AddTermForm } from './AddTermForm';

afterEach(cleanup);

const SOURCE = '山西';
const TARGET = 'Shanxi';
const ENGLISH_DETAIL = 'There is no project 1234; QuotaExceededError: the quota has been exceeded';

function quotaError(): Error {
  const inner = new DOMException(ENGLISH_DETAIL, 'QuotaExceededError');
  return Object.assign(new Error(ENGLISH_DETAIL), { name: 'AbortError', inner });
}

async function submitFailing(error: unknown, language: UiLanguage): Promise<string> {
  const i18n = createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <AddTermForm
        initialSource={SOURCE}
        initialTarget={TARGET}
        onSubmit={() => Promise.reject(error)}
        onCancel={() => undefined}
      />
    </I18nextProvider>,
  );
  await userEvent
    .setup()
    .click(screen.getByRole('button', { name: i18n.t('translate:addTerm.save') }));
  return (await screen.findByRole('alert')).textContent ?? '';
}

describe('AddTermForm', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a deleted project',
      new StorageInputError('projectNotFound', ENGLISH_DETAIL),
      'The term was not added: its project no longer exists (it may have been deleted in another tab).',
      '未能添加术语：所属项目已不存在（可能已在另一个标签页中删除）。',
    ],
    [
      'a missing source',
      new StorageInputError('emptyTermSource', ENGLISH_DETAIL),
      'Enter the Chinese term.',
      '请输入中文术语。',
    ],
    [
      'a missing rendering',
      new StorageInputError('emptyTermTarget', ENGLISH_DETAIL),
      'Enter the English rendering.',
      '请输入英文译法。',
    ],
    [
      'full storage',
      quotaError(),
      'The term was not added: the browser has no storage space left. Free some space and try again.',
      '未能添加术语：浏览器存储空间已满。请释放空间后重试。',
    ],
    [
      'any other failure',
      new TypeError('Cannot read properties of undefined'),
      'The term was not added because of a storage error. Try again.',
      '未能添加术语：存储出错。请重试。',
    ],
  ])(
    'explains %s in the UI language, never with the error message',
    async (_name, error, english, chinese) => {
      expect(await submitFailing(error, 'en')).toBe(english);
      cleanup();
      const shown = await submitFailing(error, 'zh');
      expect(shown).toBe(chinese);
      expect(shown).not.toMatch(/[A-Za-z]/);
    },
  );

  it.each<StorageInputReason>(['segmentNotFound', 'revisionNotFound', 'emptyName', 'emptyText'])(
    'explains an unexpected refusal (%s) without its English message',
    async (reason) => {
      const shown = await submitFailing(new StorageInputError(reason, ENGLISH_DETAIL), 'zh');
      expect(shown).not.toContain(ENGLISH_DETAIL);
      expect(shown).not.toMatch(/[A-Za-z]/);
    },
  );
});
