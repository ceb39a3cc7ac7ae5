const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/**
 * A small self-contained HTML page, for answers the proxy gives before the app renders anything
 * (the React pages cannot choose their status code).
 */
export function plainPage(options: { status: number; title: string; message: string; headers?: Record<string, string> }): Response {
  const title = escapeHtml(options.title);
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · Deskline</title>
<style>body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Liberation Sans',sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:36rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:1rem;box-shadow:0 0 0 1px #e2e8f0;text-align:center}
p{color:#475569;line-height:1.5}a{display:inline-block;margin-top:1rem;padding:.7rem 1.2rem;border-radius:.5rem;background:#2450e0;color:#fff;font-weight:600;text-decoration:none}
a:focus-visible{outline:2px solid #2450e0;outline-offset:2px}</style></head>
<body><main><p style="font-family:monospace;color:#1d3fb8;font-weight:600">${options.status}</p><h1>${title}</h1>
<p data-testid="rate-limited">${escapeHtml(options.message)}</p><a href="/">Home</a></main></body></html>`;
  return new Response(body, {
    status: options.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...options.headers },
  });
}
