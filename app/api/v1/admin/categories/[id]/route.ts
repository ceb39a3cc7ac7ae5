import { toCategoryResource } from '@/lib/api/resources/category';
import { listCategoriesForAdmin, setCategoryActive, updateCategory } from '@/lib/categories/manage';
import { categoryPatchSchema } from '@/lib/categories/patch';
import { notFound, parseInput } from '@/lib/errors';
import { route, type RouteContext } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Renames, re-addresses, activates or deactivates a category (each its own audited change). Admins only. */
export const PATCH = route({ name: 'api-admin-update-category', auth: 'required', permission: 'category:manage', body: 'json' }, async ({ actor, params, body }: RouteContext<{ id: string }>) => {
  // The domain has no single-category read: the admin list (a few dozen rows) serves it.
  let category = (await listCategoriesForAdmin(actor)).find((row) => row.id === params.id);
  if (!category) throw notFound('No such category.');
  const { active, ...edit } = parseInput(categoryPatchSchema, body);
  if (edit.name !== undefined || edit.slug !== undefined) {
    category = await updateCategory(actor, { id: category.id, name: edit.name ?? category.name, slug: edit.slug ?? category.slug });
  }
  if (active !== undefined) category = await setCategoryActive(actor, { id: category.id, active });
  return { category: toCategoryResource(category) };
});
