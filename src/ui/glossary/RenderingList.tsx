import { useTranslation } from 'react-i18next';
import './terms.css';
import type { TermRendering } from '../../domain/glossary/glossaryEntry';

/** An entry's renderings in the order given, each with its status, the avoided ones struck through. */
export function RenderingList({ renderings }: { renderings: readonly TermRendering[] }) {
  const { t } = useTranslation('glossary');
  return (
    <ul className="rendering-list">
      {renderings.map((rendering) => (
        <li
          key={rendering.text}
          className={`rendering-list__item rendering-list__item--${rendering.status}`}
          data-rendering-status={rendering.status}
        >
          <span className="rendering-list__text" lang="en">
            {rendering.text}
          </span>
          <span className={`term-status term-status--${rendering.status}`}>
            {t(`status.${rendering.status}`)}
          </span>
          {rendering.note !== '' ? (
            <span className="rendering-list__note">{rendering.note}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
