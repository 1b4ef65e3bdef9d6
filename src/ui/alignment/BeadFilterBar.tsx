import { useTranslation } from 'react-i18next';
import type { BeadFilters } from './beadFilters';

const FILTERS: readonly (keyof BeadFilters)[] = ['lowConfidence', 'unconfirmed', 'notOneToOne'];

/** Check boxes that narrow the grid to low-confidence, unconfirmed or not-1-1 beads. */
export function BeadFilterBar({
  filters,
  onChange,
}: {
  readonly filters: BeadFilters;
  readonly onChange: (filters: BeadFilters) => void;
}) {
  const { t } = useTranslation('alignment');
  return (
    <fieldset className="align-filters">
      <legend>{t('filters.legend')}</legend>
      {FILTERS.map((filter) => (
        <label key={filter}>
          <input
            type="checkbox"
            data-filter={filter}
            checked={filters[filter]}
            onChange={(event) => onChange({ ...filters, [filter]: event.target.checked })}
          />
          {t(`filters.${filter}`)}
        </label>
      ))}
    </fieldset>
  );
}
