import type { Timestamp } from '../model';

/** Reads a TMX date (`YYYYMMDDThhmmssZ`; ISO 8601 accepted too); undefined when it is not one. */
export function parseTmxDate(value: string | undefined): Timestamp | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  const time = match
    ? Date.UTC(
        Number(match[1]),
        Number(match[2]) - 1,
        Number(match[3]),
        Number(match[4]),
        Number(match[5]),
        Number(match[6]),
      )
    : Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
