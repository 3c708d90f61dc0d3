import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArmApi, newRequestId, type ArmHost } from './arm-api.js';
import { ArmError } from './arm-error.js';
import type { FaultInjector } from './faults.js';
import type { Principal } from './principals.js';

/** One ARM request the emulator served (tests read these). */
export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  principal?: string;
}

export interface ArmServerOptions {
  host: ArmHost;
  tls: { cert: string; key: string };
  faults: FaultInjector;
  requests: RequestRecord[];
  port: number;
  principalForToken(token: string): Principal | undefined;
}

const MAX_BODY = 8 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new ArmError(413, 'RequestEntityTooLarge', 'The request body is larger than 8 MiB.'));
      else chunks.push(c);
    });
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new ArmError(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body is not JSON.'));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-ms-request-id': newRequestId(),
    ...headers,
  });
  res.end(text);
}

/** Starts the HTTPS ARM endpoint on 127.0.0.1. */
export async function startArmServer(options: ArmServerOptions): Promise<{ server: Server; port: number }> {
  const api = new ArmApi(options.host);
  const server = createServer({ cert: options.tls.cert, key: options.tls.key }, (req, res) => {
    void serve(req, res);
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', `https://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const record: RequestRecord = { method, path: url.pathname, status: 0 };
    options.requests.push(record);
    try {
      const fault = options.faults.take(method, url.pathname);
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault?.reset) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault?.status) {
        const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
        const code = fault.status === 429 ? 'TooManyRequests' : fault.status >= 500 ? 'InternalServerError' : 'InjectedFault';
        throw new ArmError(fault.status, code, `Injected fault: ${fault.status} for ${method} ${url.pathname}.`, undefined, headers);
      }
      const auth = req.headers.authorization;
      if (!auth || !/^Bearer /i.test(auth)) {
        throw new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", undefined, {
          'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", error_description="The authentication failed because of missing \'Authorization\' header."',
        });
      }
      const principal = options.principalForToken(auth.slice(7).trim());
      if (!principal) {
        throw new ArmError(401, 'InvalidAuthenticationToken', 'The access token is invalid.', undefined, {
          'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", error_description="The access token is invalid."',
        });
      }
      record.principal = principal.name;
      const body = await readBody(req);
      const answer = await api.handle({ method, url, body, principal });
      record.status = answer.status;
      send(res, answer.status, answer.body, answer.headers);
    } catch (error) {
      const armError =
        error instanceof ArmError ? error : new ArmError(500, 'InternalServerError', `The emulator failed: ${error instanceof Error ? error.message : String(error)}`);
      record.status = armError.status;
      if (!res.headersSent) send(res, armError.status, armError.body(), armError.headers);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
