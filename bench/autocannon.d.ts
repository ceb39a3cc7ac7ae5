// The part of autocannon's programmatic API that bench/http.ts uses (the package ships no types).
declare module 'autocannon' {
  type Options = {
    url: string;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
  };
  type Histogram = { average: number; p50: number; p99: number; total: number };
  type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number; '2xx': number };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
