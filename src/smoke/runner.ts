import { request as httpRequest, Agent as HttpAgent } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';

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

function send(
  url: URL,
  agent: HttpAgent,
  headers: Record<string, string>,
  item: SmokeRequest,
  timeoutMs: number,
): Promise<SmokeResult> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = Buffer.from(item.body, 'utf8');
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e6;
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (error) =>
          resolve({ name: item.name, status: 0, latencyMs: elapsed(), body: '', error: error.message }),
        );
        res.on('end', () => {
          const servedBy = res.headers['azureml-model-deployment'];
          resolve({
            name: item.name,
            status: res.statusCode ?? 0,
            latencyMs: elapsed(),
            body: Buffer.concat(chunks).toString('utf8'),
            ...(typeof servedBy === 'string' ? { servedBy } : {}),
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (error) =>
      resolve({ name: item.name, status: 0, latencyMs: elapsed(), body: '', error: error.message }),
    );
    req.end(body);
  });
}

/**
 * Sends every request `count` times, `concurrency` at a time over keep-alive connections, in a fixed
 * interleaved order (r1, r2, ..., r1, r2, ...). Never throws for a failed request: failures are results.
 */
export async function runSmoke(options: SmokeRunOptions): Promise<SmokeResult[]> {
  const url = new URL(options.url);
  const agent =
    url.protocol === 'https:'
      ? new HttpsAgent({ keepAlive: true, maxSockets: options.concurrency })
      : new HttpAgent({ keepAlive: true, maxSockets: options.concurrency });
  const queue: SmokeRequest[] = [];
  for (let i = 0; i < options.count; i++) queue.push(...options.requests);
  const results = new Array<SmokeResult>(queue.length);
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < queue.length) {
      const i = next++;
      results[i] = await send(url, agent, options.headers ?? {}, queue[i]!, options.timeoutMs ?? 30_000);
      options.onProgress?.(++done, queue.length);
    }
  }
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker),
    );
  } finally {
    agent.destroy();
  }
  return results;
}
