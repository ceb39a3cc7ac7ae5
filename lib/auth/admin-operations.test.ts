import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, categories } from '@/db/schema';
import { getAdminOverview } from '@/lib/admin/overview';
import { type Actor, anonymous, type UserActor } from '@/lib/access/actor';
import { listAuditActors, listAuditLog } from '@/lib/audit/list-audit';
import { createCategory, listCategoriesForAdmin, moveCategory, setCategoryActive, updateCategory } from '@/lib/categories/manage';
import { AppError } from '@/lib/errors';
import {
  createFaqArticle,
  deleteFaqArticle,
  getFaqArticle,
  listFaqForAdmin,
  moveFaqArticle,
  setFaqPublished,
  updateFaqArticle,
} from '@/lib/faq/manage';
import { getCurrentStats } from '@/lib/stats/current';
import { getRangeStats } from '@/lib/stats/range';
import { makeUser } from '@/lib/testing/fixtures';
import { changeRole } from '@/lib/users/change-role';
import { countPendingApplications, listModerationQueue } from '@/lib/users/list-staff';
import { approveAgent, rejectAgent, reinstateAgent, suspendAgent } from '@/lib/users/moderate-agent';
import { getUserOverview, searchUsers } from '@/lib/users/search-users';

let admin: UserActor;
let categoryId: string;
let articleId: string;
let agentId: string;
let applicantId: string;
let otherApplicantId: string;

beforeAll(async () => {
  admin = await makeUser('admin', 'approved');
  const db = await getDb();
  const [first] = await db.select({ id: categories.id }).from(categories).limit(1);
  categoryId = first!.id;
  articleId = (await createFaqArticle(admin, { question: 'How do I reset my password?', answer: 'Use the link.', categoryId, visibility: 'draft' })).id;
  agentId = (await makeUser('agent', 'approved')).id;
  applicantId = (await makeUser('agent', 'pending')).id;
  otherApplicantId = (await makeUser('agent', 'pending')).id;
});

// Every operation of the admin area, called with input that an admin would get through with.
const operations: Array<[string, (actor: Actor) => Promise<unknown>]> = [
  ['listModerationQueue', (a) => listModerationQueue(a)],
  ['countPendingApplications', (a) => countPendingApplications(a)],
  ['approveAgent', (a) => approveAgent(a, { userId: applicantId })],
  ['rejectAgent', (a) => rejectAgent(a, { userId: otherApplicantId, reason: 'No.' })],
  ['suspendAgent', (a) => suspendAgent(a, { userId: agentId })],
  ['reinstateAgent', (a) => reinstateAgent(a, { userId: agentId })],
  ['changeRole', (a) => changeRole(a, { userId: agentId, role: 'admin' })],
  ['searchUsers', (a) => searchUsers(a, { q: 'agent' })],
  ['getUserOverview', (a) => getUserOverview(a, { userId: agentId })],
  ['listFaqForAdmin', (a) => listFaqForAdmin(a)],
  ['getFaqArticle', (a) => getFaqArticle(a, { id: articleId })],
  ['createFaqArticle', (a) => createFaqArticle(a, { question: 'Can I pay by invoice?', answer: 'Yes.', categoryId, visibility: 'published' })],
  ['updateFaqArticle', (a) => updateFaqArticle(a, { id: articleId, question: 'How do I change my password?', answer: 'Settings.', categoryId, visibility: 'draft' })],
  ['setFaqPublished', (a) => setFaqPublished(a, { id: articleId, published: true })],
  ['moveFaqArticle', (a) => moveFaqArticle(a, { id: articleId, direction: 'down' })],
  ['deleteFaqArticle', (a) => deleteFaqArticle(a, { id: articleId })],
  ['listCategoriesForAdmin', (a) => listCategoriesForAdmin(a)],
  ['createCategory', (a) => createCategory(a, { name: 'Returns' })],
  ['updateCategory', (a) => updateCategory(a, { id: categoryId, name: 'General questions', slug: 'general' })],
  ['moveCategory', (a) => moveCategory(a, { id: categoryId, direction: 'down' })],
  ['setCategoryActive', (a) => setCategoryActive(a, { id: categoryId, active: false })],
  ['listAuditLog', (a) => listAuditLog(a, {})],
  ['listAuditActors', (a) => listAuditActors(a)],
  ['getCurrentStats', (a) => getCurrentStats(a)],
  ['getRangeStats', (a) => getRangeStats(a, { days: 7 })],
  ['getAdminOverview', (a) => getAdminOverview(a)],
];

const refused = [
  ['a customer', 'customer', null],
  ['a pending agent', 'agent', 'pending'],
  ['a rejected agent', 'agent', 'rejected'],
  ['a suspended agent', 'agent', 'suspended'],
  ['an approved agent', 'agent', 'approved'],
  ['a suspended admin', 'admin', 'suspended'],
  ['a pending admin', 'admin', 'pending'],
] as const;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

async function auditCount(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return row?.n ?? 0;
}

describe.each(operations)('%s', (_name, operation) => {
  it('asks a visitor to sign in and writes nothing', async () => {
    const before = await auditCount();
    expect(await codeOf(operation(anonymous))).toBe('unauthorized');
    expect(await auditCount()).toBe(before);
  });

  it.each(refused)('refuses %s and writes nothing', async (_label, role, status) => {
    const actor = await makeUser(role, status);
    const before = await auditCount();
    expect(await codeOf(operation(actor))).toBe('forbidden');
    expect(await auditCount()).toBe(before);
  });
});

describe('an approved admin', () => {
  // In this order each operation finds what it needs: the applicant still pending, and so on.
  it.each(operations)('may call %s', async (_name, operation) => {
    await expect(operation(admin)).resolves.toBeDefined();
  });
});
