import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, useDatabase } from '@/db/client';
import { openTestDatabase } from '@/db/test-database';
import { env } from '@/lib/env';

beforeAll(async () => {
  useDatabase(await openTestDatabase(env.DATABASE_URL));
});

afterAll(async () => {
  await closeDatabase();
});
