import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { categoryMoveSchema, categorySchema } from '@/lib/categories/schemas';
import { categoryPatchSchema } from '@/lib/categories/patch';
import { faqPatchSchema } from '@/lib/faq/patch';
import { faqArticleSchema, faqMoveSchema } from '@/lib/faq/schemas';
import { categoryIdParam, categoryResource } from '../../resources/category';
import { faqAdminRowResource, faqArticleResource, faqIdParam } from '../../resources/faq-admin';
import { errorResponses, jsonResponse, signedIn } from '../common';

const adminOnly = 'Admins only: anyone else gets 403.';
const json = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema } } });
const moved = z.object({ moved: z.boolean().meta({ description: 'false when it already was first or last.' }) });
const writeErrors = [400, 401, 403, 404, 413, 415, 422];

/** Help-centre administration under /api/v1/admin: articles (drafts included) and categories. */
export const faqAdminPaths: ZodOpenApiPathsObject = {
  '/api/v1/admin/faq': {
    get: {
      operationId: 'listFaqArticlesForAdmin',
      tags: ['Help centre admin'],
      summary: 'Every article',
      description: `Drafts included, grouped by category in the admins' order — the whole list, not paged. ${adminOnly}`,
      security: signedIn,
      responses: { '200': jsonResponse('The articles.', z.object({ data: z.array(faqAdminRowResource) })), ...errorResponses(401, 403) },
    },
    post: {
      operationId: 'createFaqArticle',
      tags: ['Help centre admin'],
      summary: 'Write an article',
      description: `The article form's fields; the slug comes from the question. ${adminOnly}`,
      security: signedIn,
      requestBody: json(faqArticleSchema.meta({ example: { question: 'My parcel arrived damaged. What now?', answer: 'Take a photo of the box and the item, then reply to your order mail: we send a replacement.', categoryId: '5b8c2d1e-6f4a-4b3c-9d2e-1f0a9b8c7d6e', visibility: 'draft' } })),
      responses: { '201': jsonResponse('The article.', z.object({ article: faqArticleResource })), ...errorResponses(400, 401, 403, 413, 415, 422) },
    },
  },
  '/api/v1/admin/faq/{id}': {
    get: {
      operationId: 'getFaqArticleForAdmin',
      tags: ['Help centre admin'],
      summary: 'Read an article',
      description: `Draft or published. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: faqIdParam }) },
      responses: { '200': jsonResponse('The article.', z.object({ article: faqArticleResource })), ...errorResponses(401, 403, 404) },
    },
    patch: {
      operationId: 'updateFaqArticle',
      tags: ['Help centre admin'],
      summary: 'Edit, publish or withdraw an article',
      description: `Any of the article form's fields; those left out keep their value. \`visibility\` alone publishes or withdraws it. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: faqIdParam }) },
      requestBody: json(faqPatchSchema.meta({ example: { visibility: 'published' } })),
      responses: { '200': jsonResponse('The article as it now is.', z.object({ article: faqArticleResource })), ...errorResponses(...writeErrors) },
    },
    delete: {
      operationId: 'deleteFaqArticle',
      tags: ['Help centre admin'],
      summary: 'Delete an article',
      description: `For good; the audit log keeps a record. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: faqIdParam }) },
      responses: { '200': jsonResponse('It is gone.', z.object({ deleted: z.object({ id: z.uuid().meta({ example: '9a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d' }) }) })), ...errorResponses(401, 403, 404) },
    },
  },
  '/api/v1/admin/faq/{id}/move': {
    post: {
      operationId: 'moveFaqArticle',
      tags: ['Help centre admin'],
      summary: 'Move an article up or down',
      description: `One place within its category. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: faqIdParam }) },
      requestBody: json(faqMoveSchema.omit({ id: true }).meta({ example: { direction: 'up' } })),
      responses: { '200': jsonResponse('Whether it moved.', moved), ...errorResponses(...writeErrors) },
    },
  },
  '/api/v1/admin/categories': {
    get: {
      operationId: 'listCategoriesForAdmin',
      tags: ['Help centre admin'],
      summary: 'Every category',
      description: `Inactive ones included, in the admins' order. There is no delete: a category that tickets use is deactivated instead. ${adminOnly}`,
      security: signedIn,
      responses: { '200': jsonResponse('The categories.', z.object({ data: z.array(categoryResource) })), ...errorResponses(401, 403) },
    },
    post: {
      operationId: 'createCategory',
      tags: ['Help centre admin'],
      summary: 'Add a category',
      description: `The category form's fields; without a slug one is made from the name. ${adminOnly}`,
      security: signedIn,
      requestBody: json(categorySchema.meta({ example: { name: 'Returns', slug: 'returns' } })),
      responses: { '201': jsonResponse('The category.', z.object({ category: categoryResource })), ...errorResponses(400, 401, 403, 413, 415, 422) },
    },
  },
  '/api/v1/admin/categories/{id}': {
    patch: {
      operationId: 'updateCategory',
      tags: ['Help centre admin'],
      summary: 'Rename, activate or deactivate a category',
      description: `Fields left out keep their value. Deactivating the last active category is 409. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: categoryIdParam }) },
      requestBody: json(categoryPatchSchema.meta({ example: { active: false } })),
      responses: { '200': jsonResponse('The category as it now is.', z.object({ category: categoryResource })), ...errorResponses(...writeErrors, 409) },
    },
  },
  '/api/v1/admin/categories/{id}/move': {
    post: {
      operationId: 'moveCategory',
      tags: ['Help centre admin'],
      summary: 'Move a category up or down',
      description: `One place in the admins' order. ${adminOnly}`,
      security: signedIn,
      requestParams: { path: z.object({ id: categoryIdParam }) },
      requestBody: json(categoryMoveSchema.omit({ id: true }).meta({ example: { direction: 'down' } })),
      responses: { '200': jsonResponse('Whether it moved.', moved), ...errorResponses(...writeErrors) },
    },
  },
};
