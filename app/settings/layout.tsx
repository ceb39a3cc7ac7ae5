import type { ReactNode } from 'react';
import { SettingsNav } from '@/components/settings/settings-nav';

export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="mx-auto max-w-2xl">
        <SettingsNav />
      </div>
      {children}
    </div>
  );
}
