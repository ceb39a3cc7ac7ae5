import { referenceBundle } from '@/lib/api/docs/reference-bundle';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Scalar's browser bundle from the installed package; the page asks for it by version, so it may be kept for good. */
export const GET = route({ name: 'api-docs-script', auth: 'none' }, async () => {
  const { source } = await referenceBundle();
  return new Response(new Uint8Array(source), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
});
