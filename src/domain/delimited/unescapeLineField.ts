const SIMPLE: Readonly<Record<string, string>> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/**
 * Reverses escapeLineField exactly. A backslash that starts no escape (a Windows path in a file
 * from another tool) is kept as written.
 */
export function unescapeLineField(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(u[0-9A-Fa-f]{4}|[\\tnr])/g, (_escape, code: string) =>
    code.length === 5
      ? String.fromCharCode(Number.parseInt(code.slice(1), 16))
      : (SIMPLE[code] ?? ''),
  );
}
