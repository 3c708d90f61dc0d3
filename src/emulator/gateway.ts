import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parseEndpointMetricsPath, type EndpointMetrics } from '../contract/endpoint-metrics.js';
import { Admission } from './admission.js';
import { declaredOverLimit, drain, SCORING_BODY_LIMIT, tooLargeMessage } from './body-limit.js';
import type { Serving } from './deployment-runtime.js';
import { answerHeaders, forwardedHeaderLines } from './gateway-headers.js';
import { DROP_ANSWER, UpstreamPool, type UpstreamExchange } from './gateway-upstream.js';
import { unauthorized, type GatewayView } from './gateway-view.js';
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

type Reply = (status: number, message: string, headers?: Record<string, string>) => void;

/**
 * The scoring gateway of every online endpoint, on loopback: `/<workspace>/<endpoint>/score` with the endpoint's
 * key, AML token or Entra token as a bearer token, by its auth mode (gateway-view.ts). Status codes as Azure's
 * endpoints answer them (how-to-troubleshoot-online-endpoints, "HTTP status codes"): 401 without a credential the
 * endpoint's auth mode takes, 404 when no deployment takes traffic or the header names an unknown one, 408 when
 * the model's answer takes longer than request_timeout_ms (time waiting for a turn included), 424 when the model
 * container answers anything but 200 (with ms-azureml-model-error-statuscode / -reason), 429 past
 * 2 * max_concurrent_requests_per_instance * instance_count requests in flight (admission.ts), 502/503 when it
 * does not answer at all, 413 for a body over the endpoint's payload limit (body-limit.ts).
 */
export class Gateway {
  readonly server: Server;
  private readonly figures = new Map<string, Map<string, Figures>>();
  private readonly admission = new Admission();
  /** Keep-alive connections to each running deployment's server (gateway-upstream.ts). */
  private readonly pools = new WeakMap<Serving, UpstreamPool>();

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

  /**
   * The metrics route: the same credential as scoring (the endpoint's key or token, by its auth mode), since on
   * Azure these figures come from Azure Monitor, which no anonymous caller reads.
   */
  private answerMetrics(
    req: IncomingMessage,
    res: ServerResponse,
    workspace: string,
    endpoint: string,
    reply: Reply,
  ): void {
    const view = this.deps.view(workspace, endpoint);
    if (!view) return reply(404, `The endpoint '${endpoint}' does not exist in workspace '${workspace}'.`);
    const refused = unauthorized(view, req.headers.authorization);
    if (refused) return reply(401, refused, { 'WWW-Authenticate': 'Bearer' });
    const body = JSON.stringify(this.metrics(workspace, endpoint));
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    req.resume();
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
    const reply: Reply = (status, message, headers = {}) => {
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
      if (metricsOf) return this.answerMetrics(req, res, metricsOf.workspace, metricsOf.endpoint, reply);
      if (parts.length !== 4 || parts[3] !== 'score') return reply(404, `Not found: ${path}`);
      workspace = decodeURIComponent(parts[1]!);
      endpoint = decodeURIComponent(parts[2]!);
    } catch {
      return reply(404, `Not found: ${path}`);
    }
    // A declared size over the limit is answered at once, before anything else (the body is read and dropped).
    const declared = declaredOverLimit(req);
    if (declared !== undefined) return drain(req, () => reply(413, tooLargeMessage(declared)));
    const view = this.deps.view(workspace, endpoint);
    if (!view) return reply(404, `The endpoint '${endpoint}' does not exist in workspace '${workspace}'.`);
    const refused = unauthorized(view, req.headers.authorization);
    if (refused) return reply(401, refused, { 'WWW-Authenticate': 'Bearer' });
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
    const headerLines = forwardedHeaderLines(req.headers, randomUUID);
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
    let upstream: UpstreamExchange | undefined;
    // A wall clock from the request's arrival: the model's time and any wait for a turn (admission.ts).
    const timer = setTimeout(() => {
      upstream?.destroy();
      ticket?.release();
      if (!res.headersSent) reply(408, `upstream request timeout: no answer within ${timeoutMs} ms.`, served);
      else res.destroy();
    }, timeoutMs);
    res.once('close', () => {
      clearTimeout(timer);
      ticket?.release();
      // The client is gone (or served): an answer still coming is not read on.
      upstream?.destroy();
    });
    const forward = (): void => {
      if (res.writableEnded || res.destroyed) return;
      // Past the limit (a body without a Content-Length, or with a wrong one): the rest is read and dropped, then
      // 413; the model's timeout no longer applies.
      const tooLarge = (): void => {
        clearTimeout(timer);
        ticket?.release();
        drain(req, () => {
          if (!res.headersSent) reply(413, tooLargeMessage(undefined), served);
          else res.destroy();
        });
      };
      upstream = this.send(
        req,
        res,
        serving,
        headerLines,
        served,
        tooLarge,
        mirrorName,
        mirror,
        view,
        endpointKey,
      );
    };
    if (ticket) void ticket.ready.then(forward);
    else forward();
  }

  private pool(serving: Serving): UpstreamPool {
    let pool = this.pools.get(serving);
    if (!pool) this.pools.set(serving, (pool = new UpstreamPool(serving.port)));
    return pool;
  }

  /** Sends the request to the deployment's server (and a copy to the mirror) and relays the answer. */
  private send(
    req: IncomingMessage,
    res: ServerResponse,
    serving: Serving,
    headerLines: string,
    served: Record<string, string>,
    tooLarge: () => void,
    mirrorName: string | undefined,
    mirror: Serving | undefined,
    view: GatewayView,
    endpointKey: string,
  ): UpstreamExchange {
    const method = req.method ?? 'POST';
    // The body goes on as it came: by its Content-Length, or in chunks (a request with neither has none).
    const chunked =
      req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined;
    const request = { method, path: '/score', headerLines, chunked };
    let cutOff = false;
    const upstream = this.pool(serving).request(request, {
      head: (head) => {
        const out = answerHeaders(head, served);
        if (head.status === 200) {
          res.writeHead(200, out);
        } else {
          out['ms-azureml-model-error-statuscode'] = String(head.status);
          out['ms-azureml-model-error-reason'] = 'model_error';
          res.writeHead(424, out);
        }
      },
      body: (chunk) => {
        // A slow client: the server's answer waits in its socket until the client takes more.
        if (!res.write(chunk)) {
          upstream.pause();
          res.once('drain', () => upstream.resume());
        }
      },
      end: () => res.end(),
      fail: (message) => {
        if (cutOff || res.writableEnded) return;
        if (res.headersSent) return void res.destroy();
        const body = JSON.stringify({ message: `upstream connect error: ${message}` });
        res.writeHead(502, {
          ...served,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        });
        res.end(body);
      },
      drain: () => req.resume(),
    });
    // Mirrored: the same chunks go to the mirror as they arrive, paced by the live deployment only (a slow mirror
    // holds at most one body, which the limit bounds); its answer is read and dropped.
    const copy =
      mirror && mirrorName !== undefined
        ? this.pool(mirror).request(
            { ...request, idleTimeoutMs: view.requestTimeoutMs(mirrorName) },
            DROP_ANSWER,
          )
        : undefined;
    req.on('aborted', () => {
      upstream.destroy();
      copy?.destroy();
    });
    // The body is counted as it streams: a body sent without a Content-Length (or with a wrong one) that goes past
    // the limit is cut off, answered 413 and read to its end without being kept.
    let seen = 0;
    const onData = (chunk: Buffer): void => {
      seen += chunk.length;
      if (seen > SCORING_BODY_LIMIT) {
        cutOff = true;
        req.off('data', onData);
        req.off('end', onEnd);
        upstream.destroy();
        copy?.destroy();
        // Answered already (a timeout, or the model answered early): the rest is only dropped.
        if (res.writableEnded) return void req.resume();
        return tooLarge();
      }
      if (!upstream.write(chunk)) req.pause();
      copy?.write(chunk);
    };
    const onEnd = (): void => {
      upstream.end();
      if (copy && mirrorName !== undefined) {
        this.figuresOf(endpointKey, mirrorName).mirrored++;
        copy.end();
      }
    };
    req.on('data', onData);
    req.on('end', onEnd);
    return upstream;
  }
}
