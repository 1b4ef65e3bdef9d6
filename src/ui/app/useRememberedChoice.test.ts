// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRememberedChoice } from './useRememberedChoice';

const KEY = 'bitext.test.choice';
const CHOICES = ['expanded', 'collapsed'] as const;

function renderChoice() {
  return renderHook(() => useRememberedChoice(KEY, CHOICES, 'expanded'));
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('useRememberedChoice', () => {
  it.each([
    { name: 'nothing stored', stored: null, expected: 'expanded' },
    { name: 'a stored choice', stored: 'collapsed', expected: 'collapsed' },
    { name: 'a value it does not know', stored: 'sideways', expected: 'expanded' },
  ])('starts from $name', ({ stored, expected }) => {
    if (stored !== null) localStorage.setItem(KEY, stored);
    expect(renderChoice().result.current[0]).toBe(expected);
  });

  it('remembers a change for the next start', () => {
    const first = renderChoice();
    act(() => first.result.current[1]('collapsed'));
    expect(first.result.current[0]).toBe('collapsed');
    expect(localStorage.getItem(KEY)).toBe('collapsed');
    first.unmount();
    expect(renderChoice().result.current[0]).toBe('collapsed');
  });

  it('falls back, and still switches for the session, when storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderChoice();
    expect(result.current[0]).toBe('expanded');
    act(() => result.current[1]('collapsed'));
    expect(result.current[0]).toBe('collapsed');
  });
});
