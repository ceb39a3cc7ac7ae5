import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { AppError } from '@/lib/errors';
import { contactInput, freshIp, makeUser } from '@/lib/testing/fixtures';
import { deliveriesTo, localEndpoint } from '@/lib/testing/webhook-fixtures';
import { createTicket } from '@/lib/tickets/create-ticket';
import { DELIVERY_PAGE_SIZE, listWebhookDeliveries, resendWebhookDelivery } from './delivery-log';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './manage';
import { unsealWebhookSecret } from './secret';
import { getWebhookSettings, setAllowPrivateAddresses } from './settings';

let admin: UserActor;
let endpointId: string;
let deliveryId: string;

async function auditOf(subjectId: string) {
  const db = await getDb();
  return db.select({ kind: auditEvents.kind, to: auditEvents.toValue, detail: auditEvents.detail }).from(auditEvents).where(eq(auditEvents.subjectId, subjectId)).orderBy(auditEvents.createdAt);
}

async function sealedSecretOf(id: string) {
  const db = await getDb();
  const [row] = await db.select({ secretSealed: webhookEndpoints.secretSealed }).from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row!.secretSealed;
}

beforeAll(async () => {
  admin = await makeUser('admin');
  endpointId = (await localEndpoint(admin, 'http://127.0.0.1:9/permissions')).endpoint.id;
  await createTicket(anonymous, contactInput(), { ip: freshIp() });
  deliveryId = (await deliveriesTo(endpointId))[0]!.id;
});

describe('managing webhook endpoints', () => {
  it('shows the secret once, when created, and keeps it only sealed', async () => {
    const { endpoint, secret } = await createWebhookEndpoint(admin, { url: 'https://93.184.216.34/hooks', description: 'CRM', events: ['ticket.created'], includeInternal: 'on' });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ url: 'https://93.184.216.34/hooks', description: 'CRM', events: ['ticket.created'], includeInternal: true, active: true });
    expect(endpoint).not.toHaveProperty('secretSealed');
    const sealed = await sealedSecretOf(endpoint.id);
    expect(sealed).not.toContain(secret.slice(6));
    expect(unsealWebhookSecret(sealed)).toBe(secret);
    expect(JSON.stringify(await listWebhookEndpoints(admin))).not.toContain(secret.slice(6));
    expect(await auditOf(endpoint.id)).toEqual([expect.objectContaining({ kind: 'webhook_changed', to: 'created' })]);
  });

  it('checks the form: a known event at least, an http(s) address', async () => {
    const error = await createWebhookEndpoint(admin, { url: 'ftp://example.test', events: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toMatchObject({ url: [expect.any(String)], events: ['Choose at least one event.'] });
    await expect(createWebhookEndpoint(admin, { url: 'https://93.184.216.34/', events: ['ticket.exploded'] })).rejects.toMatchObject({ code: 'validation' });
  });

  it('refuses private and loopback addresses until an admin allows them, and audits the setting', async () => {
    await setAllowPrivateAddresses(admin, { allowPrivateAddresses: false });
    for (const url of ['http://127.0.0.1:8080/in', 'http://[::1]/in', 'http://10.0.0.7/in', 'http://localhost:3000/in']) {
      await expect(createWebhookEndpoint(admin, { url, events: ['ticket.created'] })).rejects.toMatchObject({ code: 'validation', fields: { url: [expect.stringContaining('private')] } });
    }
    expect(await getWebhookSettings(admin)).toEqual({ allowPrivateAddresses: false });
    await setAllowPrivateAddresses(admin, { allowPrivateAddresses: 'on' });
    await setAllowPrivateAddresses(admin, { allowPrivateAddresses: 'on' });
    await expect(createWebhookEndpoint(admin, { url: 'http://localhost:3000/in', events: ['ticket.created'] })).resolves.toMatchObject({ endpoint: { url: 'http://localhost:3000/in' } });
    const db = await getDb();
    const changes = await db.select({ from: auditEvents.fromValue, to: auditEvents.toValue }).from(auditEvents).where(and(eq(auditEvents.kind, 'setting_changed'), eq(auditEvents.subjectLabel, 'webhooks.allowPrivateAddresses')));
    expect(changes.slice(-2)).toEqual([{ from: 'on', to: 'off' }, { from: 'off', to: 'on' }]);
  });

  it('updates, rotates the secret (shown once more), and deletes with the deliveries, auditing each', async () => {
    const { endpoint, secret } = await localEndpoint(admin, 'http://127.0.0.1:9/a');
    const updated = await updateWebhookEndpoint(admin, { id: endpoint.id, url: 'http://127.0.0.1:9/b', description: '', events: ['rating.created'], includeInternal: false, active: false });
    expect(updated).toMatchObject({ url: 'http://127.0.0.1:9/b', events: ['rating.created'], active: false });
    const rotated = await rotateWebhookSecret(admin, { id: endpoint.id });
    expect(rotated.secret).not.toBe(secret);
    expect(unsealWebhookSecret(await sealedSecretOf(endpoint.id))).toBe(rotated.secret);
    await updateWebhookEndpoint(admin, { ...updated, events: ['ticket.created'], active: 'on' });
    await createTicket(anonymous, contactInput(), { ip: freshIp() });
    expect(await deliveriesTo(endpoint.id)).toHaveLength(1);
    await deleteWebhookEndpoint(admin, { id: endpoint.id });
    expect(await deliveriesTo(endpoint.id)).toHaveLength(0);
    await expect(getWebhookEndpoint(admin, { id: endpoint.id })).rejects.toMatchObject({ code: 'not_found' });
    const trail = await auditOf(endpoint.id);
    expect(trail.map((event) => event.to)).toEqual(['created', 'updated', 'secret_rotated', 'updated', 'deleted']);
    expect(trail[1]!.detail).toMatchObject({ url: { from: 'http://127.0.0.1:9/a', to: 'http://127.0.0.1:9/b' }, active: { from: true, to: false } });
  });
});

describe('the delivery log', () => {
  it('pages newest first by keyset', async () => {
    const { endpoint } = await localEndpoint(admin, 'http://127.0.0.1:9/log');
    for (let i = 0; i < DELIVERY_PAGE_SIZE + 3; i += 1) await createTicket(anonymous, contactInput(), { ip: freshIp() });
    const first = await listWebhookDeliveries(admin, { id: endpoint.id });
    expect(first.entries).toHaveLength(DELIVERY_PAGE_SIZE);
    const second = await listWebhookDeliveries(admin, { id: endpoint.id, cursor: first.nextCursor! });
    expect(second).toMatchObject({ nextCursor: null });
    expect(second.entries).toHaveLength(3);
    const all = [...first.entries, ...second.entries];
    const byAge = (await deliveriesTo(endpoint.id)).reverse().map((row) => row.id);
    expect(all.map((entry) => entry.id)).toEqual(byAge);
    await deleteWebhookEndpoint(admin, { id: endpoint.id });
  });

  it('sends a failed or delivered delivery again, audited, and refuses one still on its way', async () => {
    await expect(resendWebhookDelivery(admin, { id: deliveryId })).rejects.toMatchObject({ code: 'conflict' });
    const db = await getDb();
    await db.update(webhookDeliveries).set({ status: 'failed', lastError: 'Gave up' }).where(eq(webhookDeliveries.id, deliveryId));
    const now = new Date();
    await resendWebhookDelivery(admin, { id: deliveryId }, now);
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
    expect(row).toMatchObject({ status: 'queued', nextAttemptAt: now });
    expect(row!.giveUpAt.getTime()).toBe(now.getTime() + 24 * 3600_000);
    expect((await auditOf(endpointId)).filter((event) => event.kind === 'webhook_resent')).toEqual([expect.objectContaining({ to: row!.eventId })]);
  });
});

describe('who may manage webhooks', () => {
  const operations: Array<[string, (actor: Actor) => Promise<unknown>]> = [
    ['listWebhookEndpoints', (a) => listWebhookEndpoints(a)],
    ['getWebhookEndpoint', (a) => getWebhookEndpoint(a, { id: endpointId })],
    ['createWebhookEndpoint', (a) => createWebhookEndpoint(a, { url: 'https://93.184.216.34/x', events: ['ticket.created'] })],
    ['updateWebhookEndpoint', (a) => updateWebhookEndpoint(a, { id: endpointId, url: 'http://127.0.0.1:9/permissions', events: ['ticket.created'], active: 'on' })],
    ['rotateWebhookSecret', (a) => rotateWebhookSecret(a, { id: endpointId })],
    ['deleteWebhookEndpoint', (a) => deleteWebhookEndpoint(a, { id: endpointId })],
    ['listWebhookDeliveries', (a) => listWebhookDeliveries(a, { id: endpointId })],
    ['resendWebhookDelivery', (a) => resendWebhookDelivery(a, { id: deliveryId })],
    ['getWebhookSettings', (a) => getWebhookSettings(a)],
    ['setAllowPrivateAddresses', (a) => setAllowPrivateAddresses(a, { allowPrivateAddresses: 'on' })],
  ];
  const refused: Array<[string, () => Promise<Actor>, string]> = [
    ['a visitor', async () => anonymous, 'unauthorized'],
    ['a customer', () => makeUser('customer'), 'forbidden'],
    ['a pending agent', () => makeUser('agent', 'pending'), 'forbidden'],
    ['an approved agent', () => makeUser('agent', 'approved'), 'forbidden'],
    ['a pending admin', () => makeUser('admin', 'pending'), 'forbidden'],
  ];

  it.each(refused)('refuses %s every operation, changing nothing', async (_label, who, code) => {
    const actor = await who();
    const before = await listWebhookEndpoints(admin);
    for (const [name, run] of operations) {
      const error = await run(actor).then(() => null, (e: unknown) => e);
      expect(error, name).toBeInstanceOf(AppError);
      expect((error as AppError).code, name).toBe(code);
    }
    expect(await listWebhookEndpoints(admin)).toEqual(before);
  });
});
