// The headers the scoring gateway relays between the client and a deployment's server: all but the hop-by-hop ones
// (and the client's credential, which stays at the gateway).
import type { IncomingHttpHeaders } from 'node:http';
import type { Http1Head } from '../smoke/http1-response.js';

/** Headers of one connection (and the credential), never relayed either way. */
export const HOP_BY_HOP = new Set([
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

/**
 * The client's headers that go on to the deployment's server, as header lines (each ending in CRLF), with an
 * x-ms-request-id from `requestId` when the client sent none. Node's server has checked names and values (no CR, LF
 * or NUL) and decoded them as latin1, the encoding they go out in.
 */
export function forwardedHeaderLines(headers: IncomingHttpHeaders, requestId: () => string): string {
  let lines = '';
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    if (typeof value === 'string') lines += `${name}: ${value}\r\n`;
    else for (const one of value) lines += `${name}: ${one}\r\n`;
  }
  if (headers['x-ms-request-id'] === undefined) lines += `x-ms-request-id: ${requestId()}\r\n`;
  return lines;
}

/**
 * The server's answer headers that go on to the client, over `served` (the gateway's own): repeated ones joined by
 * ", " as Node's http client reads them, Set-Cookie kept one line per cookie.
 */
export function answerHeaders(
  head: Http1Head,
  served: Record<string, string>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { ...served };
  for (const name in head.headers) {
    if (!HOP_BY_HOP.has(name)) out[name] = head.headers[name]!;
  }
  if ('set-cookie' in head.headers) {
    out['set-cookie'] = head.raw.filter((_, i) => i % 2 === 1 && head.raw[i - 1] === 'set-cookie');
  }
  return out;
}
