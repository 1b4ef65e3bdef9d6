// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentId, SegmentId } from '../../domain/ids';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { TermFindingList, type TermFindingItem } from './TermFindingList';

afterEach(() => {
  cleanup();
});

const finding = (kind: TermFindingItem['kind'], extra: Partial<TermFindingItem> = {}) =>
  ({
    key: `${kind}-key`,
    kind,
    segmentId: 's1' as SegmentId,
    segmentNumber: 4,
    documentId: 'd1' as DocumentId,
    term: '高校',
    used: kind === 'missing' ? undefined : 'high schools',
    expected: 'universities',
    ...extra,
  }) satisfies TermFindingItem;

function renderList(language: UiLanguage, findings: TermFindingItem[]) {
  const onGoTo = vi.fn();
  const onDismiss = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <TermFindingList findings={findings} onGoTo={onGoTo} onDismiss={onDismiss} />
    </I18nextProvider>,
  );
  return { onGoTo, onDismiss, user: userEvent.setup() };
}

describe('TermFindingList', () => {
  it.each<[UiLanguage, TermFindingItem['kind'], string]>([
    ['en', 'missing', 'missing#4高校: the translation does not use “universities”.'],
    ['en', 'forbidden', 'forbidden#4高校: “high schools” is forbidden; use “universities”.'],
    ['en', 'deprecated', 'deprecated#4高校: “high schools” is deprecated; use “universities”.'],
    [
      'en',
      'inconsistent',
      'inconsistent#4高校: rendered “high schools” here, “universities” elsewhere.',
    ],
    ['zh', 'forbidden', '禁用#4高校：“high schools”是禁用译法；请用“universities”。'],
  ])('words a %s %s finding with its segment', (language, kind, text) => {
    renderList(language, [finding(kind)]);
    expect(screen.getAllByRole('button')[0]).toHaveTextContent(text);
  });

  it.each<[UiLanguage, string]>([
    ['en', 'forbidden2024 report.txt #4高校'],
    ['zh', '禁用2024 report.txt #4高校'],
  ])('names the document of a %s finding in another document', (language, text) => {
    renderList(language, [finding('forbidden', { documentName: '2024 report.txt' })]);
    expect(screen.getAllByRole('button')[0]).toHaveTextContent(text);
  });

  it('goes to the finding’s segment, dismisses it, or shows a dismissed one again', async () => {
    const { onGoTo, onDismiss, user } = renderList('en', [
      finding('forbidden'),
      finding('missing', { isDismissed: true }),
    ]);
    await user.click(screen.getByRole('button', { name: /high schools/ }));
    expect(onGoTo).toHaveBeenCalledWith(expect.objectContaining({ key: 'forbidden-key' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith(expect.objectContaining({ key: 'forbidden-key' }));
    await user.click(screen.getByRole('button', { name: 'Show again' }));
    expect(onDismiss).toHaveBeenLastCalledWith(expect.objectContaining({ key: 'missing-key' }));
  });
});
