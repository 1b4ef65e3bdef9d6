/** The language tags a project's files are written with, unless the project chose others. */
export const DEFAULT_LANGUAGE_TAGS = { source: 'zh-CN', target: 'en' } as const;

export interface LanguageTags {
  readonly source: string;
  readonly target: string;
}

/** A project's BCP 47 tags for exchange files (zh-CN or zh-Hans, en or en-US…), defaults filled in. */
export function projectLanguageTags(project: { readonly languageTags?: unknown }): LanguageTags {
  const tags = project.languageTags;
  if (typeof tags !== 'object' || tags === null) return DEFAULT_LANGUAGE_TAGS;
  const { source, target } = tags as { source?: unknown; target?: unknown };
  return {
    source:
      typeof source === 'string' && source.trim() !== '' ? source : DEFAULT_LANGUAGE_TAGS.source,
    target:
      typeof target === 'string' && target.trim() !== '' ? target : DEFAULT_LANGUAGE_TAGS.target,
  };
}
