import { useTranslation } from 'react-i18next';
import type { ProjectBundle } from '../../domain/bundle/projectBundle';

/** What a project bundle holds: its version, project and how many rows of each kind. */
export function BundlePreview({
  bundle,
  numbers,
}: {
  readonly bundle: ProjectBundle;
  readonly numbers: Intl.NumberFormat;
}) {
  const { t } = useTranslation('exchange');
  const count = (store: keyof ProjectBundle['stores']) =>
    numbers.format(bundle.stores[store]?.length ?? 0);
  return (
    <section className="import-preview" aria-label={t('import.preview')}>
      <dl className="import-preview__facts">
        <dt>{t('import.format')}</dt>
        <dd data-preview="format">
          {t('formats.bundleFile')} · {t('import.bundleVersion', { version: bundle.version })}
        </dd>
        <dt>{t('import.bundleProject')}</dt>
        <dd data-preview="project">{String(bundle.project.name)}</dd>
        <dt>{t('import.units')}</dt>
        <dd data-preview="units">
          {t('import.bundleContent', {
            documents: count('documents'),
            segments: count('segments'),
            glossaryEntries: count('glossaryEntries'),
            memoryUnits: count('memoryUnits'),
            alignments: count('alignments'),
          })}
        </dd>
      </dl>
    </section>
  );
}
