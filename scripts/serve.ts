// The production server: Next.js behind a Node HTTP server that tells the app each request's
// TCP peer (lib/http/peer.ts), which `next start` cannot. `npm start` and the e2e server run it.
//   tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { markPeerServer, PEER_HEADER } from '@/lib/http/peer';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname;
  // As `next start` does: the app reads it to pick the production build and behaviour.
  Object.assign(process.env, { NODE_ENV: 'production' });
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  markPeerServer();
  const server = createServer((request, response) => {
    // Overwritten, never appended: whatever a client sent under this name is dropped.
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
    void handle(request, response);
  });
  server.listen(port, hostname, () => {
    console.log(`Serving on http://${hostname ?? 'localhost'}:${port}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Deskline could not start:', error);
  process.exit(1);
});
