import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const MODULE_PATH = 'hanzi/lib/data/cedict_ts.u8.js';
const PREFIX = 'module.exports = `';

/**
 * Reads the CC-CEDICT text from the hanzi package's module file directly: much faster and lighter
 * than evaluating a 10 MB module. Falls back to requiring it if the file is not a plain template literal.
 */
export async function readCedictText(): Promise<string> {
  const require = createRequire(import.meta.url);
  const file = await readFile(require.resolve(MODULE_PATH), 'utf8');
  const end = file.lastIndexOf('`');
  const body = file.slice(PREFIX.length, end);
  if (
    file.startsWith(PREFIX) &&
    end > PREFIX.length &&
    !body.includes('\\') &&
    !body.includes('${') &&
    !body.includes('`')
  )
    return body;
  const text: unknown = require(MODULE_PATH);
  if (typeof text !== 'string')
    throw new Error(`${MODULE_PATH} does not export the dictionary text.`);
  return text;
}
