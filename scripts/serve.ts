// The production server: Next.js behind a Node HTTP server that tells the app each request's
// TCP peer (lib/http/peer.ts), which `next start` cannot. `npm start` and the e2e server run it.
//   tsx scripts/serve.ts [--port 3000] [--hostname 0.0.0.0]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { env } from '@/lib/env';
import { isTrustedProxy } from '@/lib/http/client-ip';
import { markPeerServer, PEER_HEADER } from '@/lib/http/peer';
import { runWithRequestContext } from '@/lib/log/context';
import { logger } from '@/lib/log/logger';
import { chooseRequestId, loggedPath, REQUEST_ID_HEADER } from '@/lib/log/request-id';

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
    const peer = request.socket.remoteAddress ?? '';
    // Overwritten, never appended: whatever a client sent under this name is dropped.
    request.headers[PEER_HEADER] = peer;
    const requestId = chooseRequestId(request.headers[REQUEST_ID_HEADER], isTrustedProxy(peer, env.TRUSTED_PROXIES));
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    const context = { requestId };
    response.on('finish', () => {
      const path = loggedPath(request.url);
      // Load balancers poll the health check, and every page pulls static files: both would
      // drown the rest at info.
      const level = path === '/api/health' || path.startsWith('/_next/static/') ? 'debug' : 'info';
      runWithRequestContext(context, () =>
        logger()[level]({ method: request.method, path, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request'),
      );
    });
    runWithRequestContext(context, () => void handle(request, response));
  });
  server.listen(port, hostname, () => {
    logger().info({ url: `http://${hostname ?? 'localhost'}:${port}` }, 'serving');
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
  logger().fatal({ err: error }, 'Deskline could not start');
  process.exit(1);
});
