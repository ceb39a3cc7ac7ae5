import { describe, expect, it } from 'vitest';
import { formBodyLimitBytes, malformedRequestRefusal } from './malformed-request';

const status = async (request: Request) => (await malformedRequestRefusal(request))?.status;

describe('refusing malformed requests before Next parses them', () => {
  it.each(['/t/%ff', '/help/%ff', '/desk/tickets/%ff', '/api/v1/tickets/%ff%fe', '/help?q=a%00b', '/t/%00'])('answers 400 to %s', async (path) => {
    expect(await status(new Request(`http://localhost${path}`))).toBe(400);
  });

  it('answers the API in its JSON error shape', async () => {
    const response = await malformedRequestRefusal(new Request('http://localhost/api/v1/tickets/%ff'));
    expect(await response?.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers 413 to a form post over the server action limit (files allowed for), 400 to a multipart body that cannot be read', async () => {
    const large = new Request('http://localhost/contact', { method: 'POST', body: 'x', headers: { 'content-length': String(formBodyLimitBytes() + 1) } });
    expect(await status(large)).toBe(413);
    const broken = new Request('http://localhost/contact', {
      method: 'POST',
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(await status(broken)).toBe(400);
  });

  it('lets well-formed requests through, escapes and search included', async () => {
    const form = new FormData();
    form.set('message', 'Grüße');
    expect(await status(new Request('http://localhost/help?q=caf%C3%A9%20%ff'))).toBeUndefined();
    expect(await status(new Request('http://localhost/help/returns%20policy'))).toBeUndefined();
    expect(await status(new Request('http://localhost/contact', { method: 'POST', body: form }))).toBeUndefined();
  });
});
