import { type BrowserContext, type BrowserContextOptions, test as base, type Page } from '@playwright/test';
import { demoUsers, type Role } from './support/demo-users';
import { signInOverHttp } from './support/sign-in-over-http';

export { expect } from '@playwright/test';
export { demoUsers, type Role } from './support/demo-users';

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

type Sessions = { of(role: Role): Promise<StorageState> };

const signedOut: StorageState = { cookies: [], origins: [] };

type TestFixtures = {
  /** Whom `page` is signed in as: `test.use({ role: 'agent' })`. Unset, `page` is a visitor's. */
  role: Role | null;
  /**
   * A page in a browser context of its own, for another person in the same test: signed in as
   * `role`, or signed out for a `'visitor'`. Use it rather than `browser.newContext()`, which
   * would copy the session of `test.use({ role })`.
   */
  pageAs: (role: Role | 'visitor', options?: BrowserContextOptions) => Promise<Page>;
};

/**
 * Each demo person signs in once per worker, over HTTP, when a test first needs them; tests get
 * a copy of the session in a fresh context. Sessions are JWTs, so signing out in one test leaves
 * the others signed in. Tests that approve, reject, suspend or demote someone register that
 * person themselves: the demo people keep their roles for the whole run.
 */
export type PageAs = TestFixtures['pageAs'];

export const test = base.extend<TestFixtures, { sessions: Sessions }>({
  sessions: [
    async ({ playwright }, provide, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const signedIn = new Map<Role, Promise<StorageState>>();
      const signInOnce = async (role: Role): Promise<StorageState> => {
        const request = await playwright.request.newContext({ baseURL, storageState: signedOut });
        try {
          await signInOverHttp(request, demoUsers[role]);
          return await request.storageState();
        } finally {
          await request.dispose();
        }
      };
      await provide({
        of(role) {
          let state = signedIn.get(role);
          if (!state) {
            state = signInOnce(role);
            signedIn.set(role, state);
            // A failed sign-in is retried by the next test rather than failing all of them.
            state.catch(() => signedIn.delete(role));
          }
          return state;
        },
      });
    },
    { scope: 'worker' },
  ],

  role: [null, { option: true }],

  storageState: async ({ role, sessions, storageState }, provide) => {
    await provide(role ? await sessions.of(role) : storageState);
  },

  pageAs: async ({ browser, sessions }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role, options = {}) => {
      const storageState = role === 'visitor' ? signedOut : await sessions.of(role);
      const context = await browser.newContext({ ...options, storageState });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
