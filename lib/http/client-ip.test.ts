import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEnv } from '@/lib/env';
import { clientIp, resolveClientIp } from './client-ip';
import { markPeerServer, PEER_HEADER } from './peer';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the client address', () => {
  it('is the TCP peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(resolveClientIp({ peer: '203.0.113.7', forwardedFor: '198.51.100.1', trustedProxies: [] })).toBe('203.0.113.7');
    expect(resolveClientIp({ peer: '2001:db8::7', forwardedFor: '198.51.100.1, 10.0.0.1', trustedProxies: [] })).toBe('2001:db8::7');
  });

  it('is the address a trusted proxy saw, not what the client wrote before it', () => {
    // The client forged the first entry; the load balancer appended the address it saw.
    const forwardedFor = '1.2.3.4, 203.0.113.7';
    expect(resolveClientIp({ peer: '10.0.0.5', forwardedFor, trustedProxies: ['10.0.0.0/8'] })).toBe('203.0.113.7');
  });

  it('walks a chain of trusted proxies from the right, IPv4 and IPv6', () => {
    const forwardedFor = '203.0.113.7, 10.1.0.9, fd00::3';
    expect(resolveClientIp({ peer: '::1', forwardedFor, trustedProxies: ['loopback', '10.0.0.0/8', 'fd00::/8'] })).toBe('203.0.113.7');
  });

  it('stops at the first hop that is not trusted, even with trusted ones before it', () => {
    const forwardedFor = '10.1.0.9, 198.51.100.20, 10.2.0.1';
    expect(resolveClientIp({ peer: '10.0.0.5', forwardedFor, trustedProxies: ['10.0.0.0/8'] })).toBe('198.51.100.20');
  });

  it('is the peer when the peer is not a trusted proxy', () => {
    expect(resolveClientIp({ peer: '203.0.113.7', forwardedFor: '1.2.3.4', trustedProxies: ['10.0.0.0/8'] })).toBe('203.0.113.7');
  });

  it('counts an IPv4 client the same on a dual-stack socket', () => {
    expect(resolveClientIp({ peer: '::ffff:203.0.113.7', forwardedFor: null, trustedProxies: [] })).toBe('203.0.113.7');
  });

  it('is one shared "unknown" without Deskline\'s server, so a header cannot choose it', () => {
    expect(resolveClientIp({ peer: undefined, forwardedFor: '1.2.3.4', trustedProxies: [] })).toBe('unknown');
  });

  it('comes from the peer header once the server is running, and from X-Forwarded-For only through trusted proxies', () => {
    const headers = new Headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '1.2.3.4, 198.51.100.3' });
    expect(clientIp(headers)).toBe('unknown');
    markPeerServer();
    expect(clientIp(headers)).toBe('127.0.0.1');
    vi.stubEnv('TRUSTED_PROXIES', 'loopback');
    expect(clientIp(headers)).toBe('198.51.100.3');
  });

  it('is configured with addresses and ranges, and a wrong one is reported at start', () => {
    expect(readEnv('TRUSTED_PROXIES', {})).toEqual([]);
    expect(readEnv('TRUSTED_PROXIES', { TRUSTED_PROXIES: ' 10.0.0.0/8, ::1 ,' })).toEqual(['10.0.0.0/8', '::1']);
    expect(() => readEnv('TRUSTED_PROXIES', { TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES must be/);
  });
});
