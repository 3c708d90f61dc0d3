// The rollout reads the emulator gateway's figures with the endpoint's scoring credential (the metrics route
// refuses anonymous callers: gateway.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpointMetricsPath } from '../../src/contract/endpoint-metrics.js';
import { readGatewayCounts } from '../../src/rollout/probe.js';

let server: Server;
let origin: string;
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.headers.authorization !== 'Bearer the-key') {
      res.writeHead(401).end('{}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        deployments: {
          blue: { requests: 5, statusCodes: { '200': 3, '424': 2 }, latencyMs: {}, mirrored: 0 },
        },
      }),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('readGatewayCounts', () => {
  it('sends the scoring credential as a bearer token to the metrics route', async () => {
    const counts = await readGatewayCounts(`${origin}/dev/ep/score`, 'dev', 'ep', 'the-key');
    expect(counts).toEqual({ blue: { requests: 5, errors: 2 } });
    expect(seen.at(-1)!.url).toBe(endpointMetricsPath('dev', 'ep'));
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer the-key');
  });

  it('reads nothing when the gateway refuses the credential', async () => {
    expect(await readGatewayCounts(`${origin}/dev/ep/score`, 'dev', 'ep', 'wrong')).toBeUndefined();
  });
});
