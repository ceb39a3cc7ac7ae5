import { exportCustomerData, exportFileName } from '@/lib/account/export-data';
import { jsonDownload } from '@/lib/http/json-download';
import { route, type RouteContext } from '@/lib/http/route';

/** An admin's download of one customer's data, the same file the customer gets. */
export const GET = route({ name: 'admin-customer-export', auth: 'required' }, async ({ actor, params }: RouteContext<{ id: string }>) => {
  const data = await exportCustomerData(actor, { userId: params.id });
  return jsonDownload(data, exportFileName(data));
});
