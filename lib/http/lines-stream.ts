import { logger } from '@/lib/log/logger';

const CHUNK = 64 * 1024;

/**
 * A response body fed by an async generator of text lines: lines are read only as the client
 * takes them (pull), in chunks of about 64 KB, so a slow download holds back the database reads
 * instead of piling rows up in memory. A client that goes away ends the generator.
 */
export function linesToStream(lines: AsyncGenerator<string>, where: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // A byte-order mark, so spreadsheets read the names as UTF-8.
  let pending = '\uFEFF';
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (pending.length < CHUNK) {
          const next = await lines.next();
          if (next.done) {
            if (pending) controller.enqueue(encoder.encode(pending));
            controller.close();
            return;
          }
          pending += next.value;
        }
        controller.enqueue(encoder.encode(pending));
        pending = '';
      } catch (error) {
        logger().error({ err: error, stream: where }, 'stream failed');
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}
