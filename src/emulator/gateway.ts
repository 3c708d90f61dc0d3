import { randomUUID } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { parseEndpointMetricsPath, type EndpointMetrics } from '../contract/endpoint-metrics.js';
import { Admission } from './admission.js';
import type { Serving } from './deployment-runtime.js';
import type { GatewayView } from './gateway-view.js';
import { summarizeLatencies } from '../smoke/latency.js';
import { keepAlive } from './server.js';
import { pickDeployment, pickMirror } from './traffic-routing.js';

/** What the gateway reads of the emulator. */
export interface GatewayDeps {
  view(workspace: string, endpoint: string): GatewayView | undefined;
  serving(key: string): Serving | undefined;
}

interface Figures {
  requests: number;
  statusCodes: Record<string, number>;
  latencies: number[];
  mirrored: number;
}

const MAX_SAMPLES = 100_000;
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'host',
  'authorization',
  'proxy-connection',
  'upgrade',
  'te',
  'trailer',
]);

function forwardHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

/**
 * The scoring gateway of every online endpoint, on loopback: `/<workspace>/<endpoint>/score` with the endpoint's
 * key, AML token or Entra token as a bearer token, by its auth mode (gateway-view.ts). Status codes as Azure's
 * endpoints answer them (how-to-troubleshoot-online-endpoints, "HTTP status codes"): 401 without a credential the
 * endpoint's auth mode takes, 404 when no deployment takes traffic or the header names an unknown one, 408 when
 * the model's answer takes longer than request_timeout_ms (time waiting for a turn included), 424 when the model
 * container answers anything but 200 (with ms-azureml-model-error-statuscode / -reason), 429 past
 * 2 * max_concurrent_requests_per_instance * instance_count requests in flight (admission.ts), 502/503 when it
 * does not answer at all.
 */
export class Gateway {
  readonly server: Server;
  private readonly figures = new Map<string, Map<string, Figures>>();
  private readonly admission = new Admission();

  constructor(private readonly deps: GatewayDeps) {
    this.server = createServer((req, res) => this.handle(req, res));
    keepAlive(this.server);
  }

  /** The figures of one endpoint's deployments, as the metrics route answers them. */
  metrics(workspace: string, endpoint: string): EndpointMetrics {
    const all = this.figures.get(`${workspace}/${endpoint}`.toLowerCase()) ?? new Map<string, Figures>();
    const deployments: EndpointMetrics['deployments'] = {};
    for (const [name, f] of all) {
      const { p50, p95, p99, max } = summarizeLatencies(f.latencies);
      deployments[name] = {
        requests: f.requests,
        statusCodes: { ...f.statusCodes },
        latencyMs: { p50, p95, p99, max },
        mirrored: f.mirrored,
      };
    }
    return { deployments };
  }

  private figuresOf(endpointKey: string, deployment: string): Figures {
    let byEndpoint = this.figures.get(endpointKey);
    if (!byEndpoint) this.figures.set(endpointKey, (byEndpoint = new Map()));
    let f = byEndpoint.get(deployment);
    if (!f) byEndpoint.set(deployment, (f = { requests: 0, statusCodes: {}, latencies: [], mirrored: 0 }));
    return f;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0]!;
    const parts = path.split('/');
    const reply = (status: number, message: string, headers: Record<string, string> = {}): void => {
      const body = JSON.stringify({ message });
      res.writeHead(status, {
        ...headers,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
      req.resume();
    };
    let workspace: string;
    let endpoint: string;
    try {
      const metricsOf = parseEndpointMetricsPath(path);
      if (metricsOf) {
        const body = JSON.stringify(this.metrics(metricsOf.workspace, metricsOf.endpoint));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
        res.end(body);
        return;
      }
      if (parts.length !== 4 || parts[3] !== 'score') return reply(404, `Not found: ${path}`);
      workspace = decodeURIComponent(parts[1]!);
      endpoint = decodeURIComponent(parts[2]!);
    } catch {
      return reply(404, `Not found: ${path}`);
    }
    const view = this.deps.view(workspace, endpoint);
    if (!view) return reply(404, `The endpoint '${endpoint}' does not exist in workspace '${workspace}'.`);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    if (!token || !view.accepts(token)) {
      const wanted =
        view.authMode === 'AMLToken'
          ? "a token of the endpoint's token action (its auth mode is AMLToken: keys are refused)"
          : view.authMode === 'AADToken'
            ? 'a Microsoft Entra token of a principal allowed to score (auth mode AADToken)'
            : 'one of the endpoint keys (auth mode Key)';
      return reply(401, `Unauthorized: the request needs the header Authorization: Bearer <${wanted}>.`, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    const requested = req.headers['azureml-model-deployment'];
    const pick = pickDeployment(
      view.traffic,
      [...view.deployments.keys()],
      typeof requested === 'string' ? requested.trim() : undefined,
      Math.random(),
    );
    if ('error' in pick) return reply(404, pick.message);
    const name = pick.deployment;
    const serving = this.deps.serving(view.deployments.get(name)!);
    const endpointKey = `${workspace}/${endpoint}`.toLowerCase();
    const figures = this.figuresOf(endpointKey, name);
    res.once('finish', () => {
      figures.requests++;
      const code = String(res.statusCode);
      figures.statusCodes[code] = (figures.statusCodes[code] ?? 0) + 1;
      if (figures.latencies.length >= MAX_SAMPLES) figures.latencies.splice(0, MAX_SAMPLES / 2);
      figures.latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    });
    const served = { 'azureml-model-deployment': name };
    if (!serving) return reply(503, `no healthy upstream: deployment '${name}' is not running.`, served);

    const mirrorName = pickMirror(view.mirrorTraffic, name, Math.random());
    const mirror =
      mirrorName !== undefined ? this.deps.serving(view.deployments.get(mirrorName) ?? '') : undefined;
    const headers = forwardHeaders(req.headers);
    headers['x-ms-request-id'] ??= randomUUID();
    const timeoutMs = view.requestTimeoutMs(name);
    const slots = view.slots(name);
    const runtimeKey = view.deployments.get(name)!;
    const ticket = slots === undefined ? undefined : this.admission.enter(runtimeKey, slots);
    if (slots !== undefined && !ticket) {
      return reply(
        429,
        `Too many pending requests: deployment '${name}' takes at most 2 * max_concurrent_requests_per_instance * ` +
          `instance_count = ${2 * slots} requests at once.`,
        served,
      );
    }
    res.once('close', () => ticket?.release());
    let upstream: ReturnType<typeof httpRequest> | undefined;
    // A wall clock from the request's arrival: the model's time and any wait for a turn (admission.ts).
    const timer = setTimeout(() => {
      upstream?.destroy();
      ticket?.release();
      if (!res.headersSent) reply(408, `upstream request timeout: no answer within ${timeoutMs} ms.`, served);
      else res.destroy();
    }, timeoutMs);
    res.once('close', () => clearTimeout(timer));
    const forward = (): void => {
      if (res.writableEnded || res.destroyed) return;
      upstream = this.send(req, res, serving, headers, served, mirrorName, mirror, view, endpointKey);
    };
    if (ticket) void ticket.ready.then(forward);
    else forward();
  }

  /** Sends the request to the deployment's server (and a copy to the mirror) and relays the answer. */
  private send(
    req: IncomingMessage,
    res: ServerResponse,
    serving: Serving,
    headers: Record<string, string | string[]>,
    served: Record<string, string>,
    mirrorName: string | undefined,
    mirror: Serving | undefined,
    view: GatewayView,
    endpointKey: string,
  ): ReturnType<typeof httpRequest> {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: serving.port,
        method: req.method,
        path: '/score',
        headers,
        agent: serving.agent,
      },
      (answer) => {
        const status = answer.statusCode ?? 502;
        const out: Record<string, string | string[]> = { ...served };
        for (const [key, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(key)) out[key] = value;
        }
        if (status === 200) {
          res.writeHead(200, out);
        } else {
          out['ms-azureml-model-error-statuscode'] = String(status);
          out['ms-azureml-model-error-reason'] = 'model_error';
          res.writeHead(424, out);
        }
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (res.writableEnded) return;
      if (res.headersSent) return void res.destroy();
      if (!res.writableEnded) {
        const body = JSON.stringify({ message: `upstream connect error: ${error.message}` });
        res.writeHead(502, {
          ...served,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        });
        res.end(body);
      }
    });
    req.on('aborted', () => upstream.destroy());

    if (!mirror || mirrorName === undefined) {
      req.pipe(upstream);
      return upstream;
    }
    // Mirrored: the body goes to both; the mirror's answer is read and dropped.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      upstream.end(body);
      this.figuresOf(endpointKey, mirrorName).mirrored++;
      const copy = httpRequest(
        {
          host: '127.0.0.1',
          port: mirror.port,
          method: req.method,
          path: '/score',
          headers: { ...headers, 'content-length': String(body.length) },
          agent: mirror.agent,
        },
        (answer) => answer.resume(),
      );
      copy.setTimeout(view.requestTimeoutMs(mirrorName), () => copy.destroy());
      copy.on('error', () => undefined);
      copy.end(body);
    });
    return upstream;
  }
}
