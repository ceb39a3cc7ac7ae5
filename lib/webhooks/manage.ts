import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db/client';
import { type WebhookEventType, webhookEndpoints } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/access/actor';
import { assertCan } from '@/lib/access/permissions';
import { recordAudit } from '@/lib/audit/record';
import { notFound, parseInput } from '@/lib/errors';
import { resolveWebhookTarget } from './address-guard';
import { webhookEndpointSchema, webhookEndpointUpdateSchema, webhookIdSchema } from './schemas';
import { newWebhookSecret, sealWebhookSecret } from './secret';
import { allowsPrivateAddresses } from './settings';

export type WebhookEndpointRow = {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  includeInternal: boolean;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/** A new endpoint or a rotated secret: the secret is in this answer and nowhere else, ever. */
export type WebhookWithSecret = { endpoint: WebhookEndpointRow; secret: string };

const columns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.events,
  includeInternal: webhookEndpoints.includeInternal,
  active: webhookEndpoints.active,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

function asAdmin(actor: Actor): UserActor {
  assertCan(actor, 'webhook:manage');
  if (actor.kind !== 'user') throw new Error('unreachable: webhook:manage needs a user');
  return actor;
}

/** Refuses a URL that is not http(s) or reaches a private address the setting does not allow. */
async function checkUrl(tx: Transaction, url: string): Promise<void> {
  await resolveWebhookTarget(url, await allowsPrivateAddresses(tx));
}

async function findForUpdate(tx: Transaction, id: string): Promise<WebhookEndpointRow> {
  const [row] = await tx.select(columns).from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).for('update');
  if (!row) throw notFound('No such webhook.');
  return row;
}

export async function listWebhookEndpoints(actor: Actor): Promise<WebhookEndpointRow[]> {
  asAdmin(actor);
  const db = await getDb();
  return db.select(columns).from(webhookEndpoints).orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
}

export async function getWebhookEndpoint(actor: Actor, input: { id: unknown }): Promise<WebhookEndpointRow> {
  asAdmin(actor);
  const parsed = webhookIdSchema.safeParse(input);
  if (!parsed.success) throw notFound('No such webhook.');
  const db = await getDb();
  const [row] = await db.select(columns).from(webhookEndpoints).where(eq(webhookEndpoints.id, parsed.data.id)).limit(1);
  if (!row) throw notFound('No such webhook.');
  return row;
}

/** Registers an endpoint; its signing secret is made here and answered once. */
export async function createWebhookEndpoint(actor: Actor, input: unknown): Promise<WebhookWithSecret> {
  const admin = asAdmin(actor);
  const data = parseInput(webhookEndpointSchema, input);
  const secret = newWebhookSecret();
  const secretSealed = sealWebhookSecret(secret);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await checkUrl(tx, data.url);
    const [endpoint] = await tx
      .insert(webhookEndpoints)
      .values({ url: data.url, description: data.description ?? '', events: data.events, includeInternal: data.includeInternal, secretSealed, createdBy: admin.id })
      .returning(columns);
    if (!endpoint) throw new Error('webhook insert returned no row');
    await recordAudit(tx, admin, {
      kind: 'webhook_changed',
      subjectType: 'webhook',
      subjectId: endpoint.id,
      subjectLabel: endpoint.url,
      to: 'created',
      detail: { events: endpoint.events, includeInternal: endpoint.includeInternal },
    });
    return { endpoint, secret };
  });
}

export async function updateWebhookEndpoint(actor: Actor, input: unknown): Promise<WebhookEndpointRow> {
  const admin = asAdmin(actor);
  const data = parseInput(webhookEndpointUpdateSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await findForUpdate(tx, data.id);
    if (before.url !== data.url) await checkUrl(tx, data.url);
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({ url: data.url, description: data.description ?? '', events: data.events, includeInternal: data.includeInternal, active: data.active, updatedAt: new Date() })
      .where(eq(webhookEndpoints.id, data.id))
      .returning(columns);
    if (!endpoint) throw notFound('No such webhook.');
    const changed = (['url', 'description', 'events', 'includeInternal', 'active'] as const).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(endpoint[key]),
    );
    if (changed.length) {
      await recordAudit(tx, admin, {
        kind: 'webhook_changed',
        subjectType: 'webhook',
        subjectId: endpoint.id,
        subjectLabel: endpoint.url,
        to: 'updated',
        detail: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: endpoint[key] }])),
      });
    }
    return endpoint;
  });
}

/** A new secret replaces the old at once: deliveries still queued are signed with the new one. */
export async function rotateWebhookSecret(actor: Actor, input: { id: unknown }): Promise<WebhookWithSecret> {
  const admin = asAdmin(actor);
  const { id } = parseInput(webhookIdSchema, input);
  const secret = newWebhookSecret();
  const secretSealed = sealWebhookSecret(secret);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await findForUpdate(tx, id);
    const [endpoint] = await tx.update(webhookEndpoints).set({ secretSealed, updatedAt: new Date() }).where(eq(webhookEndpoints.id, id)).returning(columns);
    if (!endpoint) throw notFound('No such webhook.');
    await recordAudit(tx, admin, { kind: 'webhook_changed', subjectType: 'webhook', subjectId: id, subjectLabel: endpoint.url, to: 'secret_rotated' });
    return { endpoint, secret };
  });
}

/** Deletes an endpoint and its delivery log (the foreign key cascades). */
export async function deleteWebhookEndpoint(actor: Actor, input: { id: unknown }): Promise<{ id: string }> {
  const admin = asAdmin(actor);
  const { id } = parseInput(webhookIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const endpoint = await findForUpdate(tx, id);
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    await recordAudit(tx, admin, { kind: 'webhook_changed', subjectType: 'webhook', subjectId: id, subjectLabel: endpoint.url, to: 'deleted' });
    return { id };
  });
}
