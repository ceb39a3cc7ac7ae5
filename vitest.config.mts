import path from 'node:path';
import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.DATABASE_URL;
// A fixed secret, so that sealed private-link tokens (lib/tickets/tracking/sealed.ts) open in tests.
const testSecrets = { AUTH_SECRET: 'deskline-test-secret-not-for-production', LOG_LEVEL: 'silent', RATE_LIMIT_API_PER_IP: '1000000' };

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The guard only means something inside Next's server bundle.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['lib/testing/setup-database.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every suite runs on embedded PGlite; when DATABASE_URL names a server, once more on it.
    projects: [
      { extends: true, test: { name: 'pglite', env: { ...testSecrets, DATABASE_URL: '' } } },
      ...(postgresUrl ? [{ extends: true, test: { name: 'postgres', env: { ...testSecrets, DATABASE_URL: postgresUrl } } }] : []),
    ],
  },
});
