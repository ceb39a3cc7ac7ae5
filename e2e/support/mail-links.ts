import postgres from 'postgres';
import { readDatabaseInfo } from './database-info';

/**
 * The newest link of one kind mailed to an address, read from the end-to-end server's outbox
 * (the admin mail log hides these links). Only on PostgreSQL: the embedded database belongs to
 * the server process alone.
 */
export async function latestMailLink(email: string, kind: 'confirm_sign_up' | 'password_reset'): Promise<string> {
  const { databaseUrl } = readDatabaseInfo();
  if (!databaseUrl) throw new Error('reading the outbox needs the end-to-end server on PostgreSQL');
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<Array<{ text: string }>>`
      select text from mail_messages where recipient_email = ${email.toLowerCase()} and kind = ${kind} order by created_at desc limit 1`;
    const link = rows[0]?.text.match(/https?:\/\/\S+?\/(?:sign-up\/confirm|reset-password)\/[A-Za-z0-9_-]+/)?.[0];
    if (!link) throw new Error(`no ${kind} mail to ${email}`);
    return new URL(link).pathname;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Whether the outbox can be read from the tests (see latestMailLink). */
export function canReadOutbox(): boolean {
  return readDatabaseInfo().databaseUrl !== null;
}
