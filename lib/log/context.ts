import { AsyncLocalStorage } from 'node:async_hooks';

export type RequestContext = { requestId: string; actorId?: string };

// On globalThis: scripts/serve.ts starts each request's context, and the app's server bundle,
// which has its own copy of this module, must read the same storage.
const shared = globalThis as unknown as { desklineRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (shared.desklineRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Names the acting user on every later log line of this request. */
export function noteActor(actorId: string | undefined): void {
  const context = storage.getStore();
  if (context && actorId) context.actorId = actorId;
}
