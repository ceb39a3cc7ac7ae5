import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { tickets } from '@/db/schema';
import { visitorTicket } from '@/lib/testing/mail-fixtures';
import { sealTrackingToken, unsealTrackingToken } from './sealed';

const token = 'x'.repeat(43);

describe('sealed tracking tokens', () => {
  it('open again under the same secret, and each seal looks different', () => {
    const first = sealTrackingToken(token, 'secret one');
    const second = sealTrackingToken(token, 'secret one');
    expect(first).not.toBe(second);
    expect(first).not.toContain(token);
    expect(unsealTrackingToken(first!, 'secret one')).toBe(token);
    expect(unsealTrackingToken(second!, 'secret one')).toBe(token);
  });

  it('do not open under another secret, damaged, or without a secret', () => {
    const sealed = sealTrackingToken(token, 'secret one')!;
    expect(unsealTrackingToken(sealed, 'secret two')).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    expect(unsealTrackingToken(`v1.${bytes.toString('base64url')}`, 'secret one')).toBeNull();
    expect(unsealTrackingToken('v1.', 'secret one')).toBeNull();
    expect(unsealTrackingToken('nonsense', 'secret one')).toBeNull();
    expect(unsealTrackingToken(sealed, '')).toBeNull();
    expect(sealTrackingToken(token, '')).toBeNull();
  });

  it('are stored with each new ticket beside the hash, never the token itself', async () => {
    const { ticket } = await visitorTicket();
    const db = await getDb();
    const [row] = await db.select({ sealed: tickets.trackingTokenSealed }).from(tickets).where(eq(tickets.id, ticket.id));
    expect(row?.sealed).toMatch(/^v1\./);
    expect(row?.sealed).not.toContain(ticket.trackingToken);
    expect(unsealTrackingToken(row!.sealed!)).toBe(ticket.trackingToken);
  });
});
