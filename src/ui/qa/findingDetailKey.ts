import type { QaFinding } from '../../domain/qa/qaFinding';

type DetailKey =
  | Exclude<QaFinding['check'], 'numbers' | 'length-ratio'>
  | 'numbersSource'
  | 'numbersTarget'
  | 'lengthLong'
  | 'lengthShort';

/** The 'review' key of the sentence that explains a finding. */
export function findingDetailKey(finding: QaFinding): `checks.details.${DetailKey}` {
  switch (finding.check) {
    case 'numbers':
      return finding.values['side'] === 'target'
        ? 'checks.details.numbersTarget'
        : 'checks.details.numbersSource';
    case 'length-ratio':
      return finding.values['direction'] === 'short'
        ? 'checks.details.lengthShort'
        : 'checks.details.lengthLong';
    default:
      return `checks.details.${finding.check}`;
  }
}
