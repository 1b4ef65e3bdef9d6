// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TermId } from '../domain/ids';
import type { HighlightTerm } from './highlightTerm';
import { domAttributes } from './domAttributes';
import { domSelectors } from './domSelectors';
import { SourceView } from './SourceView';

const term = (id: string, source: string): HighlightTerm => ({
  id: id as TermId,
  source,
  target: `${source}-en`,
  note: '',
});

const markup = '<img src=x onerror=alert(1)>海外仓';
const sentence = '京津冀和海外仓';
const jingJinJi = term('j', '京津冀');
const overseasWarehouse = term('w', '海外仓');
const threeTerms = '京津冀和海外仓在大同。';

afterEach(cleanup);

function highlighted(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>(domSelectors.highlightedTerm)].map(
    (element) => [element.getAttribute(domAttributes.termId), element.textContent],
  );
}

describe('SourceView', () => {
  it('is read-only and shows markup as text', () => {
    const { container } = render(<SourceView text={markup} terms={[]} />);
    const view = container.querySelector('.ProseMirror');
    expect(view).toHaveAttribute('contenteditable', 'false');
    expect(view?.textContent).toBe(markup);
    expect(container.querySelector('img')).toBeNull();
  });

  it('updates its highlights when the terms change', async () => {
    const { container, rerender } = render(<SourceView text={sentence} terms={[jingJinJi]} />);
    expect(highlighted(container)).toEqual([['j', '京津冀']]);
    rerender(<SourceView text={sentence} terms={[jingJinJi, overseasWarehouse]} />);
    await waitFor(() =>
      expect(highlighted(container)).toEqual([
        ['j', '京津冀'],
        ['w', '海外仓'],
      ]),
    );
  });

  it('makes one term a Tab stop and moves it with the arrow keys', async () => {
    const datong = term('d', '大同');
    const { container } = render(
      <SourceView text={threeTerms} terms={[jingJinJi, overseasWarehouse, datong]} />,
    );
    const terms = () => [...container.querySelectorAll<HTMLElement>('[data-term-id]')];
    expect(terms().map((element) => element.tabIndex)).toEqual([0, -1, -1]);
    act(() => terms()[0]?.focus());
    fireEvent.keyDown(terms()[0] as HTMLElement, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(terms()[1]));
    fireEvent.keyDown(terms()[1] as HTMLElement, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(terms()[2]));
    expect(terms().map((element) => element.tabIndex)).toEqual([-1, -1, 0]);
    fireEvent.keyDown(terms()[2] as HTMLElement, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(terms()[1]));
    expect(terms().map((element) => element.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('shows bidi control characters isolated, keeping the text', () => {
    const text = '价格为\u202E100元\u202C，海外仓\u2067。';
    const { container } = render(<SourceView text={text} terms={[overseasWarehouse]} />);
    expect(container.querySelector('.ProseMirror')?.textContent).toBe(text);
    const controls = [...container.querySelectorAll<HTMLElement>('.bidi-control')];
    expect(
      controls.map((element) => [element.textContent, element.dataset['bidiControl']]),
    ).toEqual([
      ['\u202E', 'RLO'],
      ['\u202C', 'PDF'],
      ['\u2067', 'RLI'],
    ]);
    expect(highlighted(container)).toEqual([['w', '海外仓']]);
  });
});
