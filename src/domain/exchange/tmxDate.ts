import type { Timestamp } from '../model';

/** A time as TMX writes it: `YYYYMMDDThhmmssZ`, in UTC. */
export function tmxDate(time: Timestamp): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
