import { NextRequest } from 'next/server';
import { expectContract } from './contract';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

export type ApiCall<P> = {
  handler: Handler<P>;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The path as the document writes it: `/api/v1/tickets/{number}`. */
  template: string;
  params?: P;
  query?: Record<string, string | undefined>;
  /** A personal access token, sent as a bearer token. */
  token?: string;
  /** JSON, or a string or bytes sent as they are. */
  body?: unknown;
  headers?: Record<string, string>;
  /** An address for the rate limits (x-deskline-peer, as the served app passes it). */
  ip?: string;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers loosely; the contract check types them
export type ApiAnswer<T = any> = { status: number; body: T; headers: Headers };

/**
 * Calls a route handler the way a client would and checks the answer against openapi.json,
 * so every API test is also a contract test.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function callApi<T = any, P extends Record<string, string> = Record<string, string>>(call: ApiCall<P>): Promise<ApiAnswer<T>> {
  let path = call.template;
  for (const [name, value] of Object.entries(call.params ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(value));
  const url = new URL(path, 'http://localhost');
  for (const [name, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(name, value);
  const headers = new Headers(call.headers);
  if (call.token) headers.set('authorization', `Bearer ${call.token}`);
  if (call.ip) headers.set('x-deskline-peer', call.ip);
  if (call.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const request = new NextRequest(url, {
    method: call.method,
    headers,
    body: call.body === undefined ? undefined : typeof call.body === 'string' || call.body instanceof Uint8Array ? (call.body as BodyInit) : JSON.stringify(call.body),
  });
  const response = await call.handler(request, { params: Promise.resolve((call.params ?? {}) as P) });
  const contentType = response.headers.get('content-type');
  const text = await response.text();
  const body = contentType?.includes('application/json') && text ? JSON.parse(text) : text;
  expectContract(call.method, call.template, response.status, body, contentType);
  return { status: response.status, body, headers: response.headers };
}
