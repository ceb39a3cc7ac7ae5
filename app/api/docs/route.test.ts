import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, nonceOf } from '@/lib/http/security-headers';
import { GET as SCRIPT } from './reference.js/route';
import { GET } from './route';

const noParams = { params: Promise.resolve({}) };

/** The page as the proxy hands the request on: with the policy, and so the nonce, of its response. */
async function page(nonce: string) {
  const request = new NextRequest('http://localhost/api/docs', { headers: { 'content-security-policy': contentSecurityPolicy(nonce) } });
  return GET(request, noParams);
}

describe('/api/docs', () => {
  it('is titled Deskline API and reads this server’s openapi.json', async () => {
    const response = await page(createNonce());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<title>Deskline API</title>');
    expect(html).toContain('"url": "/api/v1/openapi.json"');
  });

  it('runs only scripts and styles carrying the response’s nonce, and loads nothing from another origin', async () => {
    const nonce = createNonce();
    const html = await (await page(nonce)).text();
    const tags = [...html.matchAll(/<(script|style)\b[^>]*>/g)].map(([tag]) => tag);
    expect(tags.length).toBeGreaterThanOrEqual(3);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    const sources = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map(([, url]) => url);
    expect(sources).toEqual([expect.stringMatching(/^\/api\/docs\/reference\.js\?v=\d+\.\d+\.\d+/)]);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('brings a policy of its own, with the nonce its scripts carry, when reached without the proxy', async () => {
    const response = await GET(new NextRequest('http://localhost/api/docs'), noParams);
    expect(response.status).toBe(200);
    const nonce = nonceOf(response.headers.get('content-security-policy'));
    expect(nonce).toBeTruthy();
    expect(await response.text()).toContain(`nonce="${nonce}"`);
  });

  it('serves the reference script from the installed package, as JavaScript kept for good', async () => {
    const response = await SCRIPT(new NextRequest('http://localhost/api/docs/reference.js?v=1'), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const source = await response.text();
    expect(source.length).toBeGreaterThan(1_000_000);
    expect(source).toContain('createApiReference');
  });
});
