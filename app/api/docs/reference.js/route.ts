import { referenceBundle } from '@/lib/api/docs/reference-bundle';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

function acceptsGzip(header: string | null): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    return coding === 'gzip' && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

/** Scalar's browser bundle from the installed package; the page asks for it by version, so it may be kept for good. */
export const GET = route({ name: 'api-docs-script', auth: 'none' }, async ({ request }) => {
  const { source, gzipped } = await referenceBundle();
  const gzip = acceptsGzip(request.headers.get('accept-encoding'));
  return new Response(new Uint8Array(gzip ? gzipped : source), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    },
  });
});
