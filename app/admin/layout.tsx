import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { forPage } from '@/lib/auth/page-guard';
import { getActor } from '@/lib/auth/session';
import { countPendingApplications } from '@/lib/users/list-staff';

// Each page checks again with its own query: a layout is not re-run on every navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const pending = await forPage(() => countPendingApplications(actor), '/admin');
  return (
    <div>
      <AdminNav pendingApplications={pending} />
      {children}
    </div>
  );
}
