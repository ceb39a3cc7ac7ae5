'use client';

import { useEffect, useRef } from 'react';

/**
 * The HTML of a mail in a frame with no permissions at all: no scripts, forms, popups or
 * navigation, and an opaque origin, so nothing in it can reach this page or its cookies.
 */
export function MailFrame({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  // Chromium (seen headless) can leave a sandboxed frame parsed before hydration unpainted; loading
  // it once more after mounting shows it. Without JavaScript the server-rendered frame shows as it is.
  useEffect(() => {
    if (frame.current) frame.current.srcdoc = html;
  }, [html]);
  return (
    <iframe
      ref={frame}
      title={title}
      sandbox=""
      referrerPolicy="no-referrer"
      srcDoc={html}
      className="mt-3 h-[40rem] w-full rounded-2xl bg-white shadow-sm ring-1 ring-slate-200"
    />
  );
}
