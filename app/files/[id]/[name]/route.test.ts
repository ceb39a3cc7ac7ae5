import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { type Actor, anonymous } from '@/lib/access/actor';
import { makeTicket } from '@/lib/testing/desk-fixtures';
import { attachRefs, PDF_BYTES, PNG_BYTES, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { makeUser } from '@/lib/testing/fixtures';
import { GET } from './route';

const session = vi.hoisted(() => ({ actor: undefined as Actor | undefined }));
vi.mock('@/lib/auth/session', () => ({ getActor: vi.fn(async () => session.actor ?? anonymous) }));

withTempFilesDir();

async function fetchFile(id: string, name: string, headers: Record<string, string> = {}) {
  const request = new NextRequest(new URL(`/files/${id}/${encodeURIComponent(name)}`, 'http://localhost'), { headers });
  return GET(request, { params: Promise.resolve({ id, name }) });
}

async function sentBy(customer: Awaited<ReturnType<typeof makeUser>>, bytes: Buffer | string, name: string) {
  const ticket = await makeTicket(customer);
  const file = await stageBytes(customer, bytes, name);
  await attachRefs(customer, [file.ref], { ticketId: ticket.id, messageId: null });
  return file;
}

describe('GET /files/<id>/<name>', () => {
  it('streams the file with its detected type, nosniff, a sandbox policy and private caching', async () => {
    const customer = await makeUser('customer');
    session.actor = customer;
    const file = await sentBy(customer, PNG_BYTES, 'photo.png');
    const response = await fetchFile(file.id, 'photo.png');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG_BYTES);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(PNG_BYTES.length));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('cache-control')).toMatch(/^private/);
    expect(response.headers.get('content-disposition')).toBe('inline; filename=photo.png');

    const again = await fetchFile(file.id, 'photo.png', { 'if-none-match': response.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves an HTML page renamed .png as text/html, as a download, never inline', async () => {
    const customer = await makeUser('customer');
    session.actor = customer;
    const page = '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>';
    const file = await sentBy(customer, page, 'cute-cat.png');
    expect(file.contentType).toBe('text/html');
    const response = await fetchFile(file.id, 'cute-cat.png');
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(await response.text()).toBe(page);
  });

  it('offers SVG and XML as downloads only', async () => {
    const customer = await makeUser('customer');
    session.actor = customer;
    const svg = await sentBy(customer, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'logo.svg');
    expect(svg.contentType).toBe('image/svg+xml');
    expect((await fetchFile(svg.id, 'logo.svg')).headers.get('content-disposition')).toMatch(/^attachment;/);
    const xml = await sentBy(customer, '<?xml version="1.0"?><order/>', 'order.xml');
    expect(xml.contentType).toBe('application/xml');
    expect((await fetchFile(xml.id, 'order.xml')).headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('names a download with quotes and accents safely, with an ASCII fallback and the UTF-8 form', async () => {
    const customer = await makeUser('customer');
    session.actor = customer;
    const name = 'Rechnung "März" – ÄÖÜ.pdf';
    const file = await sentBy(customer, PDF_BYTES, name);
    const disposition = (await fetchFile(file.id, name)).headers.get('content-disposition') ?? '';
    expect(disposition).toBe(`inline; filename="Rechnung \\"M?rz\\" ? ???.pdf"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(name);
  });

  it('answers a stranger 404, as a page for a browser and as JSON otherwise', async () => {
    const owner = await makeUser('customer');
    const file = await sentBy(owner, PNG_BYTES, 'mine.png');
    session.actor = await makeUser('customer');
    const page = await fetchFile(file.id, 'mine.png', { accept: 'text/html' });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    const json = await fetchFile(file.id, 'mine.png');
    expect(json.status).toBe(404);
    // Knowing the file's tag does not help a stranger either.
    expect((await fetchFile(file.id, 'mine.png', { 'if-none-match': '*' })).status).toBe(404);
    expect(await json.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
