import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

// The industry's harmless test "virus", put together here so that this file is not flagged itself.
export const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

export type FakeClamd = {
  host: string;
  port: number;
  /** The content of every stream scanned to its end, in order. */
  scanned: Buffer[];
  /** Stops listening: connections are refused, as when clamd is down. */
  down: () => Promise<void>;
  /** Listens again on the same port. */
  up: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * A stand-in for clamd speaking its INSTREAM protocol over TCP (`zINSTREAM\0` or
 * `nINSTREAM\n`, then length-prefixed chunks ended by a zero length): answers
 * `stream: Eicar-Test-Signature FOUND` for content holding the EICAR string, else `stream: OK`,
 * and `INSTREAM size limit exceeded. ERROR` beyond `maxStreamBytes`, hanging up as clamd does.
 */
export async function startFakeClamd(options: { maxStreamBytes?: number } = {}): Promise<FakeClamd> {
  const maxStreamBytes = options.maxStreamBytes ?? 25 * 1024 * 1024;
  const scanned: Buffer[] = [];
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  function serve(socket: Socket) {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let pending = Buffer.alloc(0);
    let terminator: string | null = null;
    const content: Buffer[] = [];
    let size = 0;
    const finish = (answer: string) => {
      socket.end(`${answer}${terminator ?? '\0'}`);
      socket.removeAllListeners('data');
    };
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      if (terminator === null) {
        const command = ['zINSTREAM\0', 'nINSTREAM\n'].find((c) => pending.length >= c.length && pending.subarray(0, c.length).toString('latin1') === c);
        if (!command) {
          if (pending.length >= 10) finish('UNKNOWN COMMAND');
          return;
        }
        terminator = command.endsWith('\0') ? '\0' : '\n';
        pending = pending.subarray(command.length);
      }
      while (pending.length >= 4) {
        const length = pending.readUInt32BE(0);
        if (length === 0) {
          const whole = Buffer.concat(content);
          scanned.push(whole);
          return finish(whole.includes(EICAR) ? 'stream: Eicar-Test-Signature FOUND' : 'stream: OK');
        }
        if (pending.length < 4 + length) return;
        content.push(pending.subarray(4, 4 + length));
        size += length;
        pending = pending.subarray(4 + length);
        if (size > maxStreamBytes) return finish('INSTREAM size limit exceeded. ERROR');
      }
    });
  }

  async function listen() {
    const next = createServer(serve);
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    port = (next.address() as AddressInfo).port;
    server = next;
  }

  async function stop() {
    const current = server;
    server = null;
    if (!current) return;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  await listen();
  return {
    host: '127.0.0.1',
    get port() {
      return port;
    },
    scanned,
    down: stop,
    up: listen,
    close: stop,
  };
}
