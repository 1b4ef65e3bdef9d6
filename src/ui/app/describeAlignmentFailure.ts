import type { TFunction } from 'i18next';
import { StorageInputError } from '../../db/StorageInputError';
import { BeadListFormatError } from '../../domain/alignmentEditing/BeadListFormatError';
import { AlignmentCancelledError } from '../../workers/startAlignmentJob';
import { storageErrorMessageKey } from './storageErrorMessageKey';

/**
 * What to tell the user when aligning (in the worker) or storing an alignment failed; undefined
 * for a cancel, which needs no message.
 */
export function describeAlignmentFailure(
  t: TFunction<'alignment'>,
  error: unknown,
  phase: 'align' | 'store',
): string | undefined {
  if (error instanceof AlignmentCancelledError) return undefined;
  if (error instanceof BeadListFormatError) return t('errors.damaged', { detail: error.message });
  if (error instanceof StorageInputError) {
    if (error.reason === 'alignmentChanged') return t('errors.changedElsewhere');
    if (error.reason === 'alignmentNotFound') return t('errors.deletedElsewhere');
    return t('errors.nothingToAlign');
  }
  if (phase === 'align')
    return t('errors.alignerFailed', {
      message: error instanceof Error ? error.message : String(error),
    });
  return t(storageErrorMessageKey(error), { ns: 'common' });
}
