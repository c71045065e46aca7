// Lint for the whole repo: typescript-eslint's strict type-checked rules over the server, the admin
// and the tests (one tsconfig.json, as `npm run typecheck`), React's hook rules over the admin.
// Formatting is Prettier's job alone (`npm run format`); no rule here is about layout.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'app/platform/db/generated/**', // Prisma's generated client
      'dist/**',
      'data/**',
      'node_modules/**',
      'extensions/**', // the storefront banner: built by its own script, linted there
      'test/artifacts/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers in messages and URLs (`${count} rows`, `/api/policy/versions/${version}`) read as
      // intended. Objects, arrays, null and undefined stay refused: they print as [object Object] or 'null'.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` and `(req, res) => res.json(...)` return a void call from
      // an arrow shorthand on purpose; a void result used anywhere else is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a name kept on purpose: Express knows an error handler by its four
      // parameters (`_next`), and `const { secret: _, ...rest } = row` drops a field by destructuring.
      // Prettier breaks a long chain before a computed call (`request(app)\n  [method](path)`); the
      // rule guards against ASI hazards in hand-laid code, which Prettier never produces.
      'no-unexpected-multiline': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The Admin API stand-in (local preview and tests only) walks graphql-js's AST and schema, whose
    // nodes graphql-js types as optional and whose kinds are string enums compared with literals; a
    // node that is missing there is a bug of the stand-in's own schema, which should throw at once.
    files: ['app/preview/standin/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    // The tests read answers whose type is any on purpose: supertest's res.body, JSON.parse of a
    // response or a fixture. The assertion on that value is the check, and it fails when the shape
    // differs; the same goes for a `!` on a row the test just created or found.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (this file, prisma/generate.mjs) is outside the tsconfig: no type information.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
);
