import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';

export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/** Scans one file's content; throws when no verdict could be had (the scanner is down, timed out…). */
export type Scanner = (body: Readable) => Promise<ScanVerdict>;

export type ClamdAddress = { host: string; port: number; timeoutMs?: number };

/** clamd gave no verdict: not reachable, too slow, or it refused the stream (over StreamMaxLength). */
export class ScannerUnavailableError extends Error {
  override name = 'ScannerUnavailableError';
}

// clamd's default StreamMaxLength is 25 MB in total; chunks are far below its per-chunk limits.
const CHUNK_BYTES = 64 * 1024;
const TIMEOUT_MS = 120_000;

function send(socket: Socket, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    // The callback alone gives the error of this write, and resolves only once it is flushed
    // to the kernel, which keeps a slow clamd from making the whole file pile up in memory.
    socket.write(data, (error) => (error ? reject(error) : resolve()));
  });
}

/** What clamd answers, up to its NUL terminator (the `z` commands' framing). */
function readReply(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const settle = () => (text ? resolve(text) : reject(new ScannerUnavailableError('clamd closed the connection without an answer')));
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('\0')) resolve(text.slice(0, text.indexOf('\0')));
    });
    socket.once('end', settle);
    socket.once('close', settle);
    socket.once('error', (error) => (text ? resolve(text) : reject(error)));
  });
}

function verdictOf(reply: string): ScanVerdict {
  const answer = reply.trim();
  if (answer === 'stream: OK') return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(answer);
  if (found?.[1]) return { infected: true, signature: found[1] };
  throw new ScannerUnavailableError(`clamd answered: ${answer.slice(0, 200)}`);
}

/**
 * Streams a file to clamd with `zINSTREAM`: 4-byte big-endian length, then that many bytes,
 * repeated, ended by a zero length; the answer is `stream: OK` or `stream: <name> FOUND`.
 * A verdict is only taken for the whole file: if reading the file fails midway, the error is
 * thrown, never the scanner's opinion of the part it saw.
 */
export async function scanWithClamd(body: Readable, address: ClamdAddress): Promise<ScanVerdict> {
  // The file is read only once clamd is connected: an error before then is seen by the loop below.
  body.on('error', () => {});
  const socket = connect({ host: address.host, port: address.port });
  socket.setTimeout(address.timeoutMs ?? TIMEOUT_MS, () => socket.destroy(new ScannerUnavailableError('clamd did not answer in time')));
  const reply = readReply(socket);
  // clamd answers before the end only to refuse the stream (over its limit): stop sending then.
  let answered = false;
  reply.then(
    () => (answered = true),
    () => {},
  );
  try {
    await once(socket, 'connect');
    await send(socket, Buffer.from('zINSTREAM\0'));
    try {
      for await (const chunk of body) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        if (answered) throw new ScannerUnavailableError('clamd answered before the end of the file');
        for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
          const part = bytes.subarray(at, at + CHUNK_BYTES);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(part.length);
          await send(socket, Buffer.concat([length, part]));
        }
      }
    } catch (error) {
      if (answered || socket.destroyed || socket.errored) throw error;
      // The file could not be read to its end: no verdict on a part of it.
      socket.destroy();
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { fileReadFailed: true });
    }
    if (answered) throw new ScannerUnavailableError('clamd answered before the end of the file');
    await send(socket, Buffer.alloc(4));
  } catch (error) {
    if ((error as { fileReadFailed?: boolean }).fileReadFailed) throw error;
    // clamd answers early, then hangs up, when the stream goes over its limit: its words say why.
    const early = await reply.catch(() => null);
    socket.destroy();
    if (early) throw new ScannerUnavailableError(`clamd refused the file: ${early.trim().slice(0, 200)}`);
    throw new ScannerUnavailableError(`clamd at ${address.host}:${address.port} is not reachable: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return verdictOf(await reply);
  } catch (error) {
    throw error instanceof ScannerUnavailableError ? error : new ScannerUnavailableError(`clamd failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    socket.destroy();
  }
}

/** A Scanner for the clamd at this address. */
export function clamdScanner(address: ClamdAddress): Scanner {
  return (body) => scanWithClamd(body, address);
}
