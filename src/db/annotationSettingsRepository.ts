/**
 * The annotation settings of the workbench, one meta row ('annotationSettings'): the name
 * annotations and comments are signed with (the app has no user accounts), the typology in use
 * (the shipped MQM one until another is imported) and the MQM penalty of each severity.
 */
import type { AnnotationTypology } from '../domain/annotation/annotationTypology';
import { defaultMqmPenalties, type MqmPenalties } from '../domain/annotation/mqmPenalties';
import { mqmTypology } from '../domain/annotation/mqmTypology';
import { parseAnnotationTypology } from '../domain/annotation/parseAnnotationTypology';
import { writeAnnotationTypology } from '../domain/annotation/writeAnnotationTypology';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

export const annotationSettingsKey = 'annotationSettings';

export interface AnnotationSettings {
  readonly author: string;
  readonly typology: AnnotationTypology;
  readonly penalties: MqmPenalties;
}

export const defaultAnnotationSettings: AnnotationSettings = {
  author: '',
  typology: mqmTypology,
  penalties: defaultMqmPenalties,
};

/** The stored settings, each part that is missing or damaged replaced by its default. */
export async function readAnnotationSettings(
  database: WorkbenchDatabase,
): Promise<AnnotationSettings> {
  const row = await database.meta.get(annotationSettingsKey);
  return settingsFromValue(row?.value);
}

/** Changes some of the settings; the others stay. Resolves with the settings as stored. */
export async function changeAnnotationSettings(
  database: WorkbenchDatabase,
  changes: Partial<AnnotationSettings>,
): Promise<AnnotationSettings> {
  return database.transaction('rw', database.meta, async () => {
    const current = await readAnnotationSettings(database);
    const next: AnnotationSettings = {
      ...current,
      ...changes,
      ...(changes.author === undefined ? {} : { author: changes.author.trim().slice(0, 100) }),
    };
    await database.meta.put({
      key: annotationSettingsKey,
      value: {
        author: next.author,
        typology: JSON.parse(writeAnnotationTypology(next.typology)) as unknown,
        penalties: next.penalties,
      },
    });
    return next;
  });
}

function settingsFromValue(value: unknown): AnnotationSettings {
  if (typeof value !== 'object' || value === null) return defaultAnnotationSettings;
  const record = value as Record<string, unknown>;
  const author = typeof record['author'] === 'string' ? record['author'] : '';
  let typology = mqmTypology;
  try {
    if (record['typology'] !== undefined)
      typology = parseAnnotationTypology(JSON.stringify(record['typology']));
  } catch {
    // A damaged typology row falls back to the shipped one; the annotations keep their category ids.
  }
  return { author, typology, penalties: penaltiesFromValue(record['penalties']) };
}

function penaltiesFromValue(value: unknown): MqmPenalties {
  if (typeof value !== 'object' || value === null) return defaultMqmPenalties;
  const record = value as Record<string, unknown>;
  const read = (key: keyof MqmPenalties) => {
    const number = record[key];
    return typeof number === 'number' && Number.isFinite(number) && number >= 0
      ? number
      : defaultMqmPenalties[key];
  };
  return { minor: read('minor'), major: read('major'), critical: read('critical') };
}
