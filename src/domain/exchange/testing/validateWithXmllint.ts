import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The schemas beside the clone (`../shared/schemas`), as on the CI machine. */
const schemas = fileURLToPath(new URL('../../../../../shared/schemas/', import.meta.url));

/**
 * Validates `text` with xmllint (`apt-get install libxml2-utils`) against the TMX 1.4b DTD or the
 * XLIFF 2.0 core schema; returns xmllint's complaints, '' when valid. Throws when xmllint or the
 * schemas are missing, so that a test relying on them fails rather than skips.
 */
export function validateWithXmllint(schema: 'tmx' | 'xliff2', text: string): string {
  const schemaFile = join(schemas, schema === 'tmx' ? 'tmx14.dtd' : 'xliff_core_2.0.xsd');
  if (!existsSync(schemaFile)) throw new Error(`The schema ${schemaFile} is missing.`);
  const folder = mkdtempSync(join(tmpdir(), 'bitext-xmllint-'));
  const file = join(folder, 'file.xml');
  writeFileSync(file, text);
  const schemaArguments = schema === 'tmx' ? ['--dtdvalid', schemaFile] : ['--schema', schemaFile];
  try {
    execFileSync('xmllint', ['--noout', '--nonet', ...schemaArguments, file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    const failure = error as { stderr?: string; code?: string; status?: number };
    if (failure.code === 'ENOENT')
      throw new Error('xmllint is missing: apt-get install libxml2-utils');
    return String(failure.stderr ?? error);
  }
}
