/** The sign-ins the demo data creates; the start banner and the README print them. */
export type DemoAccount = { label: string; email: string; password: string };

export const demoAdminEmail = 'admin@deskline.test';

export const demoAccounts: readonly DemoAccount[] = [
  { label: 'Admin', email: demoAdminEmail, password: 'deskline-admin' },
  { label: 'Agent', email: 'agent@deskline.test', password: 'deskline-agent' },
  { label: 'Agent', email: 'agent2@deskline.test', password: 'deskline-agent' },
  { label: 'Agent (awaiting approval)', email: 'pending@deskline.test', password: 'deskline-agent' },
  { label: 'Customer', email: 'customer@deskline.test', password: 'deskline-customer' },
  { label: 'Customer', email: 'customer2@deskline.test', password: 'deskline-customer' },
  { label: 'Customer', email: 'customer3@deskline.test', password: 'deskline-customer' },
];
