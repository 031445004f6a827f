import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const coreRestrictedPaths = [
  { name: 'vscode', message: 'src/core must not depend on VS Code.' },
  ...nodeBuiltins.map((name) => ({ name, message: 'src/core must not use Node built-ins; pass I/O in through an interface.' })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The core is pure logic: no VS Code, no Node built-ins. I/O comes in through interfaces.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreRestrictedPaths,
        },
      ],
    },
  },
  {
    // The ground of the core (front matter, settings, text, dates, languages, i18n, the workspace
    // model) is read by the linter, never the other way round.
    files: [
      'src/core/frontmatter.ts',
      'src/core/settings.ts',
      'src/core/lang.ts',
      'src/core/i18n.ts',
      'src/core/detect-lang.ts',
      'src/core/text/**/*.ts',
      'src/core/dates/**/*.ts',
      'src/core/workspace/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: coreRestrictedPaths,
          patterns: [
            {
              group: ['**/lint', '**/lint/*', './lint/*', '../lint/*'],
              message: "The core's ground must not import the linter (src/core/lint); move the shared piece down instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The CLI must not depend on VS Code.' }] }],
    },
  },
);
