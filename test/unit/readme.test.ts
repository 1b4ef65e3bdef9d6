import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentShortcutTableMarkdown } from '../../src/ui/alignment/alignmentShortcutTableMarkdown';
import { shortcutTableMarkdown } from '../../src/ui/translate/shortcutTableMarkdown';
import { sampleTermCandidateTable } from './sampleTermCandidateTable';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists the keyboard shortcuts exactly as the app defines them', () => {
    const section = /<!-- shortcuts:start -->\n([\s\S]*?)\n<!-- shortcuts:end -->/.exec(readme);
    expect(section?.[1]?.trim()).toBe(shortcutTableMarkdown().trim());
  });

  it('lists the alignment workspace keys exactly as the workspace defines them', () => {
    const section = /<!-- alignment-keys:start -->\n([\s\S]*?)\n<!-- alignment-keys:end -->/.exec(
      readme,
    );
    expect(section?.[1]?.trim()).toBe(alignmentShortcutTableMarkdown().trim());
  });

  it('shows the sample project’s first 20 term candidates as the glossary screen lists them', async () => {
    const section = /<!-- term-candidates:start -->\n([\s\S]*?)\n<!-- term-candidates:end -->/.exec(
      readme,
    );
    expect(section?.[1]?.trim()).toBe((await sampleTermCandidateTable()).trim());
  });

  it('shows a screenshot that exists', () => {
    const image = /!\[[^\]]*\]\(([^)]+)\)/.exec(readme)?.[1];
    expect(image).toBeDefined();
    expect(() => readFileSync(new URL(`../../${image}`, import.meta.url))).not.toThrow();
  });
});
