import type { ReactNode } from 'react';
import { StaffLayout } from '../_chrome/staff-layout';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <StaffLayout>{children}</StaffLayout>;
}
