// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/createI18n';
import { StatusBadge } from './StatusBadge';
import { StatusPicker } from './StatusPicker';

afterEach(() => cleanup());

const ENGLISH = 'en';
const CHINESE = 'zh';
const DRAFT = 'draft';
const TRANSLATED = 'translated';

describe('StatusBadge and StatusPicker', () => {
  it('both mark the status control with data-role="status"', () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n(ENGLISH)}>
        <StatusBadge status={DRAFT} />
        <StatusPicker status={TRANSLATED} segmentNumber={2} onChange={() => undefined} />
      </I18nextProvider>,
    );
    const controls = container.querySelectorAll('[data-role="status"]');
    expect([...controls].map((control) => control.textContent)).toEqual([
      '✎Draft',
      expect.stringMatching(/^✓Translated/),
    ]);
    expect(controls[1]).toContainElement(
      screen.getByRole('combobox', { name: 'Status of segment 2' }),
    );
  });

  it('shows the status as the badge does and reports a chosen one', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <I18nextProvider i18n={createI18n(CHINESE)}>
        <StatusPicker status={DRAFT} segmentNumber={1} onChange={onChange} />
      </I18nextProvider>,
    );
    const picker = screen.getByRole('combobox');
    expect(picker.closest('[data-role="status"]')).toHaveAttribute('title', '草稿');
    await user.selectOptions(picker, '已审校');
    expect(onChange).toHaveBeenCalledWith('reviewed');
  });

  it('opens its list on an arrow key instead of changing the status at once', async () => {
    const onChange = vi.fn();
    const showPicker = vi.fn();
    render(
      <I18nextProvider i18n={createI18n(ENGLISH)}>
        <StatusPicker status={DRAFT} segmentNumber={1} onChange={onChange} />
      </I18nextProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Status of segment 1' });
    Object.assign(select, { showPicker });
    select.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(showPicker).toHaveBeenCalledTimes(3);
  });

  it('takes the focus and opens as it appears when asked to', () => {
    const showPicker = vi.fn();
    const original = HTMLSelectElement.prototype.showPicker;
    HTMLSelectElement.prototype.showPicker = showPicker;
    try {
      render(
        <I18nextProvider i18n={createI18n(ENGLISH)}>
          <StatusPicker
            status={DRAFT}
            segmentNumber={1}
            onChange={() => undefined}
            isOpenedOnMount
          />
        </I18nextProvider>,
      );
      expect(screen.getByRole('combobox')).toHaveFocus();
      expect(showPicker).toHaveBeenCalledTimes(1);
    } finally {
      HTMLSelectElement.prototype.showPicker = original;
    }
  });
});
