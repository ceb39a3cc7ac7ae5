import { exportFileName, exportOwnData } from '@/lib/account/export-data';
import { jsonDownload } from '@/lib/http/json-download';
import { route } from '@/lib/http/route';

/** The signed-in customer's data as a JSON download. */
export const GET = route({ name: 'account-export', auth: 'required' }, async ({ actor }) => {
  const data = await exportOwnData(actor);
  return jsonDownload(data, exportFileName(data));
});
