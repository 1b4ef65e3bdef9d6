import { useTranslation } from 'react-i18next';
import type { AlignmentWarning } from '../../domain/alignment/engine/alignmentAssessment';

/** The engine's doubts about a pair of texts, before or after aligning, in the user's words. */
export function AlignmentWarnings({
  warnings,
}: {
  readonly warnings: readonly AlignmentWarning[];
}) {
  const { t } = useTranslation('alignment');
  if (warnings.length === 0) return null;
  return (
    <ul className="align-warnings" role="alert" data-role="alignment-warnings">
      {warnings.map((warning) => (
        <li key={warning} data-warning={warning}>
          {t(`warnings.${warning}`)}
        </li>
      ))}
    </ul>
  );
}
