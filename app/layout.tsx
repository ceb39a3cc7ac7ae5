import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/layout/site-frame';
import { getActor } from '@/lib/auth/session';
import { siteChrome } from './_chrome/site-chrome';
import { inter } from './fonts/inter';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Deskline', template: '%s · Deskline' },
  description: 'Get help from our support team.',
};

// Every page depends on who is signed in, read per request.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const { header, footer } = await siteChrome(actor);
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteFrame header={header} footer={footer}>
          {children}
        </SiteFrame>
      </body>
    </html>
  );
}
