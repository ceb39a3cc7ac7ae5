import { toCategoryResource } from '@/lib/api/resources/category';
import { createCategory, listCategoriesForAdmin } from '@/lib/categories/manage';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Every category, inactive ones included, in the admins' order. Admins only. */
export const GET = route({ name: 'api-admin-list-categories', auth: 'required' }, async ({ actor }) => ({
  data: (await listCategoriesForAdmin(actor)).map(toCategoryResource),
}));

export const POST = route({ name: 'api-admin-create-category', auth: 'required', permission: 'category:manage', body: 'json', status: 201 }, async ({ actor, body }) => ({
  category: toCategoryResource(await createCategory(actor, body)),
}));
