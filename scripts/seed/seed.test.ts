import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailMessages, notifications, ticketMessages } from '@/db/schema';
import { seedDemoData } from './seed';

describe('the demo data', () => {
  it('comes with the mail Deskline would have sent, all held, and never an internal note in it', async () => {
    const db = await getDb();
    expect(await seedDemoData(db)).toEqual({ seeded: true });

    const kinds = await db
      .select({ kind: mailMessages.kind, status: mailMessages.status, count: sql<number>`count(*)::int` })
      .from(mailMessages)
      .groupBy(mailMessages.kind, mailMessages.status);
    expect(new Set(kinds.map((row) => row.status))).toEqual(new Set(['held']));
    for (const kind of ['ticket_received', 'staff_reply', 'customer_replied', 'ticket_assigned', 'ticket_resolved', 'agent_application', 'application_approved']) {
      expect(kinds.find((row) => row.kind === kind)?.count ?? 0, kind).toBeGreaterThan(0);
    }

    const notes = await db.select({ body: ticketMessages.body }).from(ticketMessages).where(sql`${ticketMessages.visibility} = 'internal'`);
    const mail = await db.select({ html: mailMessages.html, text: mailMessages.text }).from(mailMessages);
    for (const { body } of notes) {
      for (const message of mail) expect(message.text.includes(body) || message.html.includes(body)).toBe(false);
    }
    const [bells] = await db.select({ count: sql<number>`count(*)::int` }).from(notifications);
    expect(bells?.count).toBeGreaterThan(0);

    expect(await seedDemoData(db)).toEqual({ seeded: false });
  });
});
