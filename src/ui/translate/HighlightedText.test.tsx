// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TermId } from '../../domain/ids';
import type { HighlightTerm } from '../../editor/highlightTerm';
import { HighlightedText } from './HighlightedText';
import { TermTooltip } from './TermTooltip';

const term = (id: string, source: string, target: string, note = ''): HighlightTerm => ({
  id: id as TermId,
  source,
  target,
  note,
});
const jingJinJi = term('j', '京津冀', 'Beijing-Tianjin-Hebei', 'the capital region');
const overseasWarehouse = term('w', '海外仓', 'overseas warehouse');
const datong = term('d', '大同', 'Datong');
const sentence = '京津冀和海外仓在大同。';

beforeAll(() => {
  // jsdom lays nothing out; the tooltip shows only for a term that has a box on screen.
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(() => {
    const box = new DOMRect(10, 10, 40, 20);
    return { 0: box, length: 1, item: () => box, [Symbol.iterator]: [box][Symbol.iterator] };
  });
});
afterEach(cleanup);

function renderText(text: string, terms: readonly HighlightTerm[]) {
  const rendered = render(
    <>
      <p data-role="source">
        <HighlightedText text={text} terms={terms} />
      </p>
      <TermTooltip />
    </>,
  );
  const highlights = () => [
    ...rendered.container.querySelectorAll<HTMLElement>('[data-role="source"] [data-term-id]'),
  ];
  return { ...rendered, highlights };
}

describe('HighlightedText', () => {
  it('keeps data-term-id on every term and shows the text as it is', () => {
    const { container, highlights } = renderText(sentence, [jingJinJi, overseasWarehouse, datong]);
    expect(highlights().map((element) => element.dataset['termId'])).toEqual(['j', 'w', 'd']);
    expect(container.querySelector('[data-role="source"]')).toHaveTextContent(sentence);
  });

  it('makes only one term of the sentence a Tab stop', () => {
    const { highlights } = renderText(sentence, [jingJinJi, overseasWarehouse, datong]);
    expect(highlights().map((element) => element.tabIndex)).toEqual([0, -1, -1]);
  });

  it('moves between the terms with the arrow keys, and the Tab stop with them', () => {
    const { highlights } = renderText(sentence, [jingJinJi, overseasWarehouse, datong]);
    const [first, second, third] = highlights();
    act(() => first?.focus());
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(third);
    expect(highlights().map((element) => element.tabIndex)).toEqual([-1, -1, 0]);
    fireEvent.keyDown(third as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third as HTMLElement, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second as HTMLElement, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    expect(highlights().map((element) => element.tabIndex)).toEqual([0, -1, -1]);
  });

  it('leaves arrow keys with a modifier to the shortcuts', () => {
    const { highlights } = renderText(sentence, [jingJinJi, overseasWarehouse]);
    const [first] = highlights();
    act(() => first?.focus());
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown', altKey: true });
    expect(document.activeElement).toBe(first);
  });

  it('announces the tooltip of the focused term as its description', () => {
    const { highlights } = renderText(sentence, [jingJinJi, overseasWarehouse]);
    const [first, second] = highlights();
    act(() => first?.focus());
    const tooltip = document.querySelector('[role="tooltip"]');
    expect(tooltip).toHaveTextContent('Beijing-Tianjin-Hebei — the capital region');
    expect(first).toHaveAttribute('aria-describedby', tooltip?.id);
    expect(first).toHaveAccessibleDescription('Beijing-Tianjin-Hebei — the capital region');
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowRight' });
    expect(second).toHaveAccessibleDescription('overseas warehouse');
  });

  it('shows bidi control characters isolated, with their names, keeping the text', () => {
    const text = '价格为\u202E100元\u202C，\u200F大同。';
    const { container } = renderText(text, [datong]);
    const source = container.querySelector<HTMLElement>('[data-role="source"]');
    expect(source).toHaveTextContent(text, { normalizeWhitespace: false });
    const controls = [...(source?.querySelectorAll<HTMLElement>('.bidi-control') ?? [])];
    expect(
      controls.map((element) => [element.textContent, element.dataset['bidiControl']]),
    ).toEqual([
      ['\u202E', 'RLO'],
      ['\u202C', 'PDF'],
      ['\u200F', 'RLM'],
    ]);
  });
});
