import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MIN_LATENCY_REQUESTS, type DeploymentSample } from '../../src/rollout/analysis.js';
import { addResults, countsBetween, isUnreachable, probeDeployments } from '../../src/rollout/probe.js';
import type { SmokeRequest, SmokeResult } from '../../src/smoke/runner.js';

const answer = (status: number, error?: string): SmokeResult => ({
  name: 'r',
  status,
  latencyMs: 3,
  body: status === 200 ? '{"ok": true}' : '',
  ...(error ? { error } : {}),
});

describe('probe results', () => {
  it('counts a refused connection against neither deployment, and a timeout or cut connection against it', () => {
    const sample: DeploymentSample = { requests: 0, errors: 0, latenciesMs: [] };
    addResults(sample, [
      answer(200),
      answer(0, 'connect ECONNREFUSED 127.0.0.1:41234'),
      answer(0, 'no answer in 30000 ms'),
      answer(0, 'socket hang up'),
      answer(502),
    ]);
    expect(sample).toEqual({ requests: 4, errors: 3, latenciesMs: [3, 3, 3, 3], unreachable: 1 });
  });

  it('knows the errors of an endpoint that is not there at all', () => {
    expect(isUnreachable(answer(0, 'getaddrinfo ENOTFOUND example.invalid'))).toBe(true);
    expect(isUnreachable(answer(0, 'read ECONNRESET'))).toBe(false);
    expect(isUnreachable(answer(503, 'ECONNREFUSED'))).toBe(false);
  });
});

describe('gateway counts between two readings', () => {
  it('subtracts the first reading, a deployment seen only in the second counting from zero', () => {
    expect(
      countsBetween(
        { blue: { requests: 10, errors: 1 } },
        { blue: { requests: 15, errors: 1 }, green: { requests: 4, errors: 2 } },
      ),
    ).toEqual({ blue: { requests: 5, errors: 0 }, green: { requests: 4, errors: 2 } });
  });

  it('means nothing when a count went down (the gateway restarted between the readings)', () => {
    expect(
      countsBetween({ blue: { requests: 10, errors: 1 } }, { blue: { requests: 3, errors: 0 } }),
    ).toBeUndefined();
  });
});

describe('probeDeployments', () => {
  it(`goes on past the interval until each deployment answered ${MIN_LATENCY_REQUESTS} times`, async () => {
    const seen: Record<string, number> = {};
    const server = createServer((req, res) => {
      const d = String(req.headers['azureml-model-deployment']);
      seen[d] = (seen[d] ?? 0) + 1;
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('[1]');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const samples = await probeDeployments({
        scoringUri: `http://127.0.0.1:${port}/score`,
        credential: 'k',
        deployments: ['green', 'blue'],
        requests: [{ name: 'row', body: '{"data": [[1]]}' }] satisfies SmokeRequest[],
        durationMs: 0,
      });
      for (const d of ['green', 'blue']) {
        expect(samples[d]!.latenciesMs.length).toBeGreaterThanOrEqual(MIN_LATENCY_REQUESTS);
        expect(samples[d]!.errors).toBe(0);
      }
      expect(seen.green).toBe(samples.green!.requests);
    } finally {
      server.close();
    }
  });
});
