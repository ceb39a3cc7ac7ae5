import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import { authenticate } from './authenticate';
import { ensureAdmin } from './ensure-admin';

describe('ensureAdmin', () => {
  it('creates an approved admin once, audits it, and never overwrites the password', async () => {
    const db = await getDb();
    const env = { email: 'Boss@Example.test', password: 'first-password-123', name: 'Boss' };
    expect(await ensureAdmin(db, env)).toBe('created');
    expect(await ensureAdmin(db, { ...env, password: 'second-password-123' })).toBe('exists');

    const [admin] = await db.select().from(users).where(eq(users.email, 'boss@example.test'));
    expect(admin).toMatchObject({ role: 'admin', staffStatus: 'approved', name: 'Boss' });
    expect(await authenticate({ email: 'boss@example.test', password: 'first-password-123' })).not.toBeNull();
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, admin?.id ?? ''));
    expect(audit).toHaveLength(1);
  });

  it('does nothing without both variables and names the variable that is wrong', async () => {
    const db = await getDb();
    expect(await ensureAdmin(db, { email: 'x@example.test' })).toBe('skipped');
    await expect(ensureAdmin(db, { email: 'x@example.test', password: 'short' })).rejects.toThrow(/ADMIN_PASSWORD: Use at least 10/);
    await expect(ensureAdmin(db, { email: 'nope', password: 'long-enough-pass' })).rejects.toThrow(/ADMIN_EMAIL/);
  });
});
