import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { expect, test } from './fixtures';
import { readDatabaseInfo } from './support/database-info';

const MB = 1024 * 1024;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj 4 0 obj<</Length 44>>stream\nBT /F1 24 Tf 40 70 Td (Invoice 1042) Tj ET\nendstream endobj 5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// Each test uploads from an address of its own, so the per-address upload limit is its own too.
const fromAddress = () => ({ 'x-forwarded-for': `203.0.113.${randomBytes(1)[0] ?? 1}` });

type Uploaded = { id: string; ref: string; name: string; contentType: string; size: number };

test.describe('files over HTTP', () => {
  test('a visitor streams a 25 MB upload through the API; 26 MB is refused with 413', async ({ request }) => {
    const big = await request.post('/api/v1/files?name=scan.bin', { data: Buffer.alloc(25 * MB, 7), headers: { 'content-type': 'application/octet-stream', ...fromAddress() } });
    expect(big.status()).toBe(201);
    expect((await big.json()).file).toMatchObject({ name: 'scan.bin', size: 25 * MB });
    const tooBig = await request.post('/api/v1/files?name=huge.bin', { data: Buffer.alloc(26 * MB, 7), headers: { 'content-type': 'application/octet-stream', ...fromAddress() } });
    expect(tooBig.status()).toBe(413);
    expect((await tooBig.json()).error.code).toBe('payload_too_large');
  });

  test('staff open an attached image and PDF in the browser, an HTML file only downloads, a stranger gets 404', async ({ request, pageAs }) => {
    const info = readDatabaseInfo();
    test.skip(!info.databaseUrl, 'attaching below the UI needs the PostgreSQL server (PGlite is held by the app)');
    const upload = async (name: string, body: Buffer | string): Promise<Uploaded> => {
      const answer = await request.post(`/api/v1/files?name=${encodeURIComponent(name)}`, { data: Buffer.from(body), headers: { 'content-type': 'image/png', ...fromAddress() } });
      expect(answer.status()).toBe(201);
      return (await answer.json()).file as Uploaded;
    };
    const photo = await upload('parcel.png', PNG);
    const invoice = await upload('Rechnung "März".pdf', PDF);
    const page = await upload('cat.png', '<!doctype html><h1>not a cat</h1><script>document.title="ran"</script>');
    expect(page.contentType).toBe('text/html');

    const sql = postgres(info.databaseUrl ?? '', { max: 1, onnotice: () => {} });
    try {
      await sql`update attachments set ticket_id = (select id from tickets order by created_at limit 1), attached_at = now(), claim_hash = null
                where id in ${sql([photo.id, invoice.id, page.id])}`;
    } finally {
      await sql.end();
    }

    const agent = await pageAs('agent');
    const image = await agent.goto(`/files/${photo.id}/parcel.png`);
    expect(image?.status()).toBe(200);
    expect(image?.headers()['content-type']).toBe('image/png');
    expect(image?.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(image?.headers()['x-content-type-options']).toBe('nosniff');

    const pdf = await agent.goto(`/files/${invoice.id}/${encodeURIComponent(invoice.name)}`);
    expect(pdf?.status()).toBe(200);
    expect(pdf?.headers()['content-disposition']).toMatch(/^inline; .*filename\*=UTF-8''Rechnung%20%22M%C3%A4rz%22\.pdf/);

    const html = await agent.request.get(`/files/${page.id}/cat.png`);
    expect(html.status()).toBe(200);
    expect(html.headers()['content-type']).toBe('text/html');
    expect(html.headers()['content-disposition']).toMatch(/^attachment;/);

    const stranger = await pageAs('customer2');
    const refused = await stranger.goto(`/files/${photo.id}/parcel.png`);
    expect(refused?.status()).toBe(404);
    await expect(stranger.getByRole('heading', { name: 'File not found' })).toBeVisible();
  });
});
