import { describe, expect, it } from 'vitest';
import { isPrivateAddress, resolveWebhookTarget } from './address-guard';

const resolvesTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:10.1.2.3', '::ffff:7f00:1', '[::1]', 'not an address',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('resolveWebhookTarget', () => {
  // Without a stand-in resolver the system's answers: `localhost` resolves to loopback.
  const refused = async (url: string, resolve?: ReturnType<typeof resolvesTo>) => {
    const error = await resolveWebhookTarget(url, false, resolve).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation', fields: { url: [expect.any(String)] } });
  };

  it('refuses loopback and private literals, and names that resolve to them', async () => {
    await refused('http://127.0.0.1:3000/hooks');
    await refused('http://[::1]/hooks');
    await refused('https://10.2.3.4/hooks');
    await refused('https://localhost/hooks');
    await refused('https://hooks.example.test/in', resolvesTo('93.184.216.34', '192.168.0.10'));
  });

  it('refuses other schemes and credentials in the address', async () => {
    await refused('ftp://hooks.example.test/in');
    await refused('file:///etc/passwd');
    await refused('https://user:pass@hooks.example.test/in');
    await refused('not a url');
  });

  it('answers the checked address to connect to, so a second look-up cannot move it', async () => {
    const target = await resolveWebhookTarget('https://hooks.example.test/in', false, resolvesTo('93.184.216.34'));
    expect(target).toMatchObject({ address: '93.184.216.34', family: 4 });
    expect(target.url.hostname).toBe('hooks.example.test');
  });

  it('allows private addresses when the setting is on', async () => {
    await expect(resolveWebhookTarget('http://127.0.0.1:3000/hooks', true)).resolves.toMatchObject({ address: '127.0.0.1' });
    await expect(resolveWebhookTarget('http://localhost:3000/hooks', true)).resolves.toMatchObject({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) });
    await expect(resolveWebhookTarget('http://10.0.0.5/hooks', true)).resolves.toMatchObject({ address: '10.0.0.5' });
  });
});
