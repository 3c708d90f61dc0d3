import { encodePost, Http1Connection } from './http1-connection.js';

/** One request to send: a name for reports (the file it came from) and its JSON body. */
export interface SmokeRequest {
  name: string;
  body: string;
}

/** What one send produced. */
export interface SmokeResult {
  name: string;
  status: number;
  /** Wall time from the start of the request to the end of the response body, in ms. */
  latencyMs: number;
  body: string;
  /** The `azureml-model-deployment` response header: the deployment that answered. */
  servedBy?: string;
  /** A connection-level failure (no HTTP status): its message. */
  error?: string;
}

export interface SmokeRunOptions {
  /** The scoring URI. */
  url: string;
  /** Headers for every request (authorization, azureml-model-deployment, ...). */
  headers?: Record<string, string>;
  requests: SmokeRequest[];
  /** How many times each request is sent. */
  count: number;
  /** How many requests are in flight at once. */
  concurrency: number;
  /** Per-request timeout in ms. */
  timeoutMs?: number;
  /** Called after each response with the number done so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sends every request `count` times, `concurrency` at a time over keep-alive connections, in a fixed
 * interleaved order (r1, r2, ..., r1, r2, ...). Never throws for a failed request: failures are results.
 */
export async function runSmoke(options: SmokeRunOptions): Promise<SmokeResult[]> {
  const url = new URL(options.url);
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Each request's bytes are encoded once; a worker owns one connection and sends one request at a time on it.
  const encoded = options.requests.map((r) => encodePost(url, options.headers ?? {}, r.body));
  const total = options.requests.length * options.count;
  const results = new Array<SmokeResult>(total);
  const connections: Http1Connection[] = [];
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    const connection = new Http1Connection(url, timeoutMs);
    connections.push(connection);
    while (next < total) {
      const i = next++;
      const which = i % options.requests.length;
      const name = options.requests[which]!.name;
      const started = process.hrtime.bigint();
      const outcome = await connection.send(encoded[which]!);
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      if ('failure' in outcome) {
        results[i] = { name, status: 0, latencyMs, body: '', error: outcome.failure };
      } else {
        const servedBy = outcome.headers['azureml-model-deployment'];
        results[i] = {
          name,
          status: outcome.status,
          latencyMs,
          body: outcome.body.toString('utf8'),
          ...(servedBy !== undefined ? { servedBy } : {}),
        };
      }
      options.onProgress?.(++done, total);
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, total)) }, worker));
  } finally {
    for (const connection of connections) connection.close();
  }
  return results;
}
