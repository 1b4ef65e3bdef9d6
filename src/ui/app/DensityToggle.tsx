import { useTranslation } from 'react-i18next';
import { Icon, ICON_PATHS } from './Icon';

export const DENSITY_STORAGE_KEY = 'bitext.density';
export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

interface DensityToggleProps {
  readonly density: Density;
  readonly onChange: (density: Density) => void;
}

/** Compact rows on or off: smaller spacing so more segments fit on the screen. */
export function DensityToggle({ density, onChange }: DensityToggleProps) {
  const { t } = useTranslation('common');
  const isCompact = density === 'compact';
  return (
    <button
      type="button"
      className="density-toggle"
      aria-pressed={isCompact}
      onClick={() => onChange(isCompact ? 'comfortable' : 'compact')}
    >
      <Icon path={ICON_PATHS.rows} />
      {t('density.compact')}
    </button>
  );
}
