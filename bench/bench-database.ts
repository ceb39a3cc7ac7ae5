// Where the benchmark's database lives: a database of its own on the PostgreSQL server named by
// DATABASE_URL, so that seeding a million tickets never touches anything else on that server.
export const BENCH_PASSWORD = 'deskline-bench';
export const benchAgentEmail = 'bench-agent@deskline.test';
export const benchAdminEmail = 'bench-admin@deskline.test';

export function benchDatabaseName(): string {
  const name = process.env.BENCH_DATABASE ?? 'deskline_bench';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`BENCH_DATABASE must be a plain lower-case name, not ${name}`);
  return name;
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL server; the benchmark creates its own database there.');
  return url;
}

export function benchUrl(): string {
  const url = new URL(serverUrl());
  url.pathname = `/${benchDatabaseName()}`;
  return url.toString();
}

export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}
