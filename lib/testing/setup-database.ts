import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, useDatabase } from '@/db/client';
import { openTestDatabase } from '@/db/test-database';

beforeAll(async () => {
  useDatabase(await openTestDatabase());
});

afterAll(async () => {
  await closeDatabase();
});
