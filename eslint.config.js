import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each layer lists everything it may not import. One config block a layer, because a later block
// that sets no-restricted-imports replaces an earlier one for the files both match.
const react = ['react', 'react/**', 'react-dom', 'react-dom/**'];
const tiptap = ['@tiptap/**'];
const dexie = ['dexie', 'dexie/**'];
const dexieReactHooks = ['dexie-react-hooks', 'dexie-react-hooks/**'];
const i18nPackages = ['i18next', 'i18next/**', 'react-i18next', 'react-i18next/**'];
const layerFolder = (name) => [`**/${name}`, `**/${name}/**`];

const restriction = (group, message) => ({ group, message });
const onlyEditorImportsTipTap = restriction(tiptap, 'Only src/editor imports TipTap.');
const dexieReactHooksOnlyInHooks = restriction(
  dexieReactHooks,
  'dexie-react-hooks is used only by the storage hooks in src/ui/hooks.',
);

const layerRules = (files, restrictions, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: restrictions }] },
});

const layers = [
  layerRules(
    ['src/domain/**/*.{ts,tsx}'],
    [
      restriction(
        [...react, ...dexie, ...dexieReactHooks, ...tiptap, ...i18nPackages],
        'src/domain is pure TypeScript shared by the browser, the worker and the CLI.',
      ),
      restriction(
        ['db', 'editor', 'ui', 'workers', 'cli', 'i18n'].flatMap(layerFolder),
        'src/domain may not import outer layers.',
      ),
    ],
  ),
  layerRules(
    ['src/editor/**/*.{ts,tsx}'],
    [
      restriction([...dexie, ...dexieReactHooks], 'The editor does not touch storage.'),
      restriction(
        [...layerFolder('db'), ...layerFolder('ui')],
        'The editor may not import storage or the UI; the UI passes it what it needs.',
      ),
    ],
  ),
  layerRules(
    ['src/cli/**/*.{ts,tsx}'],
    [
      onlyEditorImportsTipTap,
      restriction(
        [...react, ...dexie, ...dexieReactHooks],
        'The command line runs in Node without a browser.',
      ),
      restriction(
        ['db', 'ui', 'editor'].flatMap(layerFolder),
        'The command line calls src/domain, not the browser layers.',
      ),
    ],
  ),
  layerRules(
    ['src/db/**/*.{ts,tsx}'],
    [
      onlyEditorImportsTipTap,
      restriction(
        [...react, ...dexieReactHooks],
        'src/db returns domain types; hooks live in src/ui/hooks.',
      ),
      restriction(
        [...layerFolder('ui'), ...layerFolder('editor')],
        'src/db may not import the UI or the editor.',
      ),
    ],
  ),
  layerRules(
    ['src/workers/**/*.{ts,tsx}'],
    [
      onlyEditorImportsTipTap,
      restriction([...react, ...dexieReactHooks], 'Workers have no React.'),
      restriction(
        [...layerFolder('ui'), ...layerFolder('editor')],
        'Workers may not import the UI or the editor.',
      ),
    ],
  ),
  layerRules(
    ['src/i18n/**/*.{ts,tsx}'],
    [
      onlyEditorImportsTipTap,
      dexieReactHooksOnlyInHooks,
      restriction(
        ['db', 'ui', 'editor'].flatMap(layerFolder),
        'src/i18n may not import storage, the UI or the editor.',
      ),
    ],
  ),
  layerRules(
    ['src/ui/**/*.{ts,tsx}'],
    [
      onlyEditorImportsTipTap,
      restriction(dexie, 'The UI reaches storage through src/db repositories and hooks.'),
      dexieReactHooksOnlyInHooks,
    ],
    ['src/ui/hooks/**', 'src/ui/translate/**', 'src/ui/alignment/**'],
  ),
  layerRules(
    ['src/ui/translate/**/*.{ts,tsx}', 'src/ui/alignment/**/*.{ts,tsx}'],
    [
      onlyEditorImportsTipTap,
      restriction(dexie, 'The UI reaches storage through src/db repositories and hooks.'),
      dexieReactHooksOnlyInHooks,
      {
        group: layerFolder('db'),
        allowTypeImports: true,
        message:
          'The translate view and the alignment workspace reach storage only through the hooks in src/ui/hooks.',
      },
    ],
    [
      'src/ui/translate/**/*.test.{ts,tsx}',
      'src/ui/translate/translateViewFixture.ts',
      'src/ui/alignment/**/*.test.{ts,tsx}',
    ],
  ),
  layerRules(
    ['src/ui/hooks/**/*.{ts,tsx}'],
    [
      onlyEditorImportsTipTap,
      restriction(dexie, 'The UI reaches storage through src/db repositories and hooks.'),
    ],
  ),
];

export default tseslint.config(
  { ignores: ['dist', '.build', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-only' }],
    },
  },
  ...layers,
);
