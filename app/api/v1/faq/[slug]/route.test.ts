import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '@/lib/api/testing/api-client';
import { createApiToken } from '@/lib/api-tokens/manage';
import { createCategory } from '@/lib/categories/manage';
import { createFaqArticle } from '@/lib/faq/manage';
import { makeUser } from '@/lib/testing/fixtures';
import { GET as LIST } from '../route';
import { GET } from './route';

const tag = randomUUID().slice(0, 8);
let published: string;
let draft: string;
let categorySlug: string;
const tokens: string[] = [];

beforeAll(async () => {
  const admin = await makeUser('admin');
  const category = await createCategory(admin, { name: `Parcels ${tag}`, slug: `parcels-${tag}` });
  categorySlug = category.slug;
  const article = (visibility: 'draft' | 'published', word: string) =>
    createFaqArticle(admin, { question: `Where is my ${word} ${tag}?`, answer: `Track the ${word} from your account.`, categoryId: category.id, visibility });
  published = (await article('published', 'zeppelin')).slug;
  draft = (await article('draft', 'submarine')).slug;
  for (const user of [await makeUser('customer'), await makeUser('agent', 'pending'), await makeUser('agent'), admin]) {
    tokens.push((await createApiToken(user, { name: 'read', scopes: ['read'] })).token);
  }
});

describe('the public help centre API', () => {
  it('gives anyone, and every role, the published article but never the draft', async () => {
    for (const token of [undefined, ...tokens]) {
      const listed = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/faq', query: { category: categorySlug }, token });
      expect(listed.status).toBe(200);
      expect(listed.body.data.map((a: { slug: string }) => a.slug)).toEqual([published]);
      const read = await callApi({ handler: GET, method: 'GET', template: '/api/v1/faq/{slug}', params: { slug: published }, token });
      expect(read.body.article.category.slug).toBe(categorySlug);
      expect((await callApi({ handler: GET, method: 'GET', template: '/api/v1/faq/{slug}', params: { slug: draft }, token })).status).toBe(404);
    }
  });

  it('searches published articles with q', async () => {
    const found = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/faq', query: { q: 'zeppelin' } });
    expect(found.body.data.map((a: { slug: string }) => a.slug)).toContain(published);
    const none = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/faq', query: { q: 'submarine' } });
    expect(none.body.data.map((a: { slug: string }) => a.slug)).not.toContain(draft);
  });

  it('answers 422 with fields to a query that is too long', async () => {
    const long = await callApi({ handler: LIST, method: 'GET', template: '/api/v1/faq', query: { q: 'x'.repeat(201) } });
    expect(long.status).toBe(422);
    expect(long.body.error.fields.q).toBeDefined();
  });
});
