import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The arrows of the layout: app → components, app → lib → db.
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(@/|(\\.\\./)+)db(/|$)', message: 'Pages and components reach the database through lib/; for statuses, roles and labels use @/lib/vocabulary.' }] },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(@/|(\\.\\./)+)(lib|components|app)(/|$)', message: 'db/ imports nothing of ours but its schema.' }] },
      ],
    },
  },
  {
    files: ['lib/users/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(@/lib/|(\\.\\./)+)auth(/|$)', message: 'lib/auth (Auth.js and the session) uses lib/users, not the reverse; actors and permissions live in lib/access.' },
            { regex: '^next-auth(/|$)', message: 'Auth.js belongs in lib/auth.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/access/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(@/lib/|(\\.\\./)+)(auth|users)(/|$)', message: 'lib/access is used by lib/auth and lib/users and imports neither.' },
            { regex: '^next-auth(/|$)', message: 'Auth.js belongs in lib/auth.' },
          ],
        },
      ],
    },
  },
];

export default config;
