import { useTranslation } from 'react-i18next';
import { countInlineCodes } from '../../domain/exchange/countInlineCodes';
import type { ReadExchangeFiles } from '../../domain/exchange/readExchangeFiles';

const PREVIEW_ROWS = 3;
const PREVIEW_CHARACTERS = 70;

/** What an exchange file holds: its format, languages, counts and first rows. */
export function ParallelPreview({
  read,
  numbers,
}: {
  readonly read: Extract<ReadExchangeFiles, { kind: 'parallel' }>;
  readonly numbers: Intl.NumberFormat;
}) {
  const { t } = useTranslation(['exchange', 'translate']);
  const { document } = read;
  const translated = document.units.filter((unit) => unit.target !== '').length;
  const codes = countInlineCodes(document);
  return (
    <section className="import-preview" aria-label={t('exchange:import.preview')}>
      <dl className="import-preview__facts">
        <dt>{t('exchange:import.format')}</dt>
        <dd data-preview="format">{t(`exchange:formats.${read.format}`)}</dd>
        <dt>{t('exchange:import.languages')}</dt>
        <dd data-preview="languages">
          {t('exchange:import.languagePair', {
            source: document.sourceLang,
            target: document.targetLang,
          })}
        </dd>
        <dt>{t('exchange:import.units')}</dt>
        <dd data-preview="units" data-units={document.units.length}>
          {t('exchange:import.unitCount', {
            number: numbers.format(document.units.length),
            translated: numbers.format(translated),
          })}
          {codes > 0 ? ` · ${t('exchange:import.codes', { number: numbers.format(codes) })}` : ''}
        </dd>
      </dl>
      <table className="import-preview__rows">
        <caption>{t('exchange:import.firstRows')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange:review.number')}</th>
            <th scope="col">{t('exchange:review.source')}</th>
            <th scope="col">{t('exchange:review.target')}</th>
            <th scope="col">{t('exchange:review.status')}</th>
          </tr>
        </thead>
        <tbody>
          {document.units.slice(0, PREVIEW_ROWS).map((unit, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
              <td lang="zh-CN">{shortened(unit.source)}</td>
              <td lang="en">{shortened(unit.target)}</td>
              <td>{t(`translate:status.${unit.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A preview cell's text: the beginning of a long segment, cut between characters. */
function shortened(text: string): string {
  const characters = [...text];
  return characters.length <= PREVIEW_CHARACTERS
    ? text
    : `${characters.slice(0, PREVIEW_CHARACTERS).join('')}…`;
}
