import { BeadListFormatError } from './BeadListFormatError';
import type { EditableBead } from './beadListTypes';
import { recordFields } from './recordFields';

/** Checks a stored bead; `where` names it in the error. */
export function parseEditableBead(value: unknown, where: string): EditableBead {
  const fields = recordFields(value);
  if (fields === undefined) throw new BeadListFormatError(`${where} is not a bead.`);
  const sourceCount = fields.get('sourceCount');
  const targetCount = fields.get('targetCount');
  const confidence = fields.get('confidence');
  const confirmed = fields.get('confirmed');
  if (!isCount(sourceCount) || !isCount(targetCount))
    throw new BeadListFormatError(`${where} has no sentence counts.`);
  if (
    confidence !== null &&
    !(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)
  )
    throw new BeadListFormatError(`${where} has a confidence outside 0…1.`);
  if (typeof confirmed !== 'boolean')
    throw new BeadListFormatError(`${where} has no confirmed flag.`);
  return { sourceCount, targetCount, confidence, confirmed };
}

function isCount(count: unknown): count is number {
  return typeof count === 'number' && Number.isInteger(count) && count >= 0;
}
