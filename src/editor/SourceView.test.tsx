// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
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
});
