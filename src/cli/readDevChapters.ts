import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevChapter {
  readonly id: string;
  readonly source: string[];
  readonly target: string[];
}

/** Reads the chapters of an alignment development set (zh/NNN.txt, en/NNN.txt, one sentence a line). */
export function readDevChapters(directory: string): DevChapter[] {
  const sourceDirectory = join(directory, 'zh');
  if (!existsSync(sourceDirectory)) return [];
  const lines = (path: string): string[] =>
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
  return readdirSync(sourceDirectory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.txt$/, ''),
      source: lines(join(sourceDirectory, name)),
      target: lines(join(directory, 'en', name)),
    }));
}
