import { AnnotationTypologyError } from './AnnotationTypologyError';
import type { AnnotationCategory, AnnotationTypology } from './annotationTypology';

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const MAXIMUM_CATEGORIES = 500;

/**
 * Reads a typology from JSON: `{"name": "…", "categories": [{"id": "accuracy", "kind": "error",
 * "label": {"en": "Accuracy", "zh": "准确性"}, "parent": "…", "mqmName": "…", "sides":
 * ["source", "target"]}]}`. `mqmName` defaults to the English label, `sides` to both. Throws an
 * AnnotationTypologyError saying what is wrong, and where, on anything else.
 */
export function parseAnnotationTypology(text: string): AnnotationTypology {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AnnotationTypologyError('badJson');
  }
  if (!isRecord(value)) throw new AnnotationTypologyError('notATypology');
  const list = value['categories'];
  if (!Array.isArray(list) || list.length === 0 || list.length > MAXIMUM_CATEGORIES)
    throw new AnnotationTypologyError('noCategories');
  const name = typeof value['name'] === 'string' ? value['name'].trim() : '';
  const categories = list.map((entry: unknown, index) => parseCategory(entry, index + 1));
  const ids = new Set<string>();
  for (const category of categories) {
    if (ids.has(category.id)) throw new AnnotationTypologyError('duplicateId', category.id);
    ids.add(category.id);
  }
  for (const category of categories) {
    if (category.parent !== undefined && !ids.has(category.parent))
      throw new AnnotationTypologyError('unknownParent', category.id);
  }
  return { name: name === '' ? 'Imported typology' : name, categories };
}

function parseCategory(entry: unknown, number: number): AnnotationCategory {
  const bad = (field: string) => new AnnotationTypologyError('badCategory', `${number}: ${field}`);
  if (!isRecord(entry)) throw bad('category');
  const { id, kind, parent, mqmName, label, sides } = entry;
  if (typeof id !== 'string' || !ID.test(id)) throw bad('id');
  if (kind !== 'error' && kind !== 'neutral') throw bad('kind');
  if (parent !== undefined && (typeof parent !== 'string' || parent === id)) throw bad('parent');
  const labels: Partial<Record<'en' | 'zh', string>> = {};
  if (label !== undefined) {
    if (typeof label === 'string') labels.en = label;
    else if (isRecord(label)) {
      for (const language of ['en', 'zh'] as const) {
        const text = label[language];
        if (text === undefined) continue;
        if (typeof text !== 'string' || text.trim() === '') throw bad(`label.${language}`);
        labels[language] = text.trim();
      }
    } else throw bad('label');
  }
  if (mqmName !== undefined && (typeof mqmName !== 'string' || /[\t\r\n]/.test(mqmName)))
    throw bad('mqmName');
  const parsedSides = sides ?? ['source', 'target'];
  if (
    !Array.isArray(parsedSides) ||
    parsedSides.length === 0 ||
    !parsedSides.every((side) => side === 'source' || side === 'target')
  )
    throw bad('sides');
  return {
    id,
    kind,
    mqmName: mqmName ?? labels.en ?? id,
    sides: [...new Set(parsedSides as ('source' | 'target')[])],
    ...(parent === undefined ? {} : { parent }),
    ...(Object.keys(labels).length === 0 ? {} : { label: labels }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
