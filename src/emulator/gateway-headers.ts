// The headers the scoring gateway relays between the client and a deployment's server: all but the hop-by-hop ones
// (and the client's credential, which stays at the gateway).
import type { IncomingHttpHeaders } from 'node:http';

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

/** The client's headers that go on to the deployment's server. */
export function forwardHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}
