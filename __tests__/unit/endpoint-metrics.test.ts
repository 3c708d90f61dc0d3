import { describe, expect, test } from '@jest/globals';
import { endpointMetricsPath, parseEndpointMetricsPath } from '../../src/contract/endpoint-metrics.js';

describe('the gateway metrics route (one contract for the gateway and the rollout probe)', () => {
  test('a path built for an endpoint parses back to the same names, odd characters included', () => {
    for (const [ws, ep] of [
      ['dev', 'diabetes-ep'],
      ['my ws', 'ep/with%slash'],
    ] as const) {
      const path = endpointMetricsPath(ws, ep);
      expect(path.startsWith('/.emulator/metrics/')).toBe(true);
      expect(parseEndpointMetricsPath(path)).toEqual({ workspace: ws, endpoint: ep });
    }
  });

  test('other gateway paths are not the metrics route', () => {
    for (const path of [
      '/dev/ep/score',
      '/.emulator/metrics/dev',
      '/.emulator/metrics/dev/ep/extra',
      '/.emulator/other/dev/ep',
      '.emulator/metrics/dev/ep',
      '/.emulator/metrics/dev/%E0%A4%A',
    ]) {
      expect(parseEndpointMetricsPath(path)).toBeUndefined();
    }
  });
});
