import { describe, expect, it } from '@jest/globals';
import type { AzureMLClient } from '../../src/azureml/client.js';
import type { WorkspaceAddress } from '../../src/azureml/workspace.js';
import { liveDeployment, readBaseline } from '../../src/actions/metric-gate/baseline.js';
import { judge, type BaselineModel } from '../../src/actions/metric-gate/compare.js';
import { metricValue } from '../../src/actions/metric-gate/inputs.js';
import { ConfigurationError } from '../../src/errors.js';

const baseline = (value: number): BaselineModel => ({
  endpoint: 'e',
  deployment: 'blue',
  traffic: 100,
  modelId: 'm',
  value,
});

describe('judge', () => {
  it('keeps ml-ci semantics: threshold and baseline moved by min-improvement in the goal direction', () => {
    expect(judge({ metric: 'auc', goal: 'maximize', threshold: 0.7, minImprovement: 0 }, 0.7).passed).toBe(
      true,
    );
    expect(judge({ metric: 'auc', goal: 'maximize', threshold: 0.7, minImprovement: 0 }, 0.69).passed).toBe(
      false,
    );
    const up = judge({ metric: 'auc', goal: 'maximize', minImprovement: 0.02 }, 0.81, baseline(0.8));
    expect(up.checks).toEqual([{ against: 'baseline', needs: 0.8 + 0.02, passed: false }]);
    // A negative min-improvement tolerates a regression.
    expect(
      judge({ metric: 'auc', goal: 'maximize', minImprovement: -0.05 }, 0.76, baseline(0.8)).passed,
    ).toBe(true);
    const down = judge(
      { metric: 'loss', goal: 'minimize', threshold: 0.5, minImprovement: 0.1 },
      0.35,
      baseline(0.4),
    );
    expect(down.checks.map((c) => [c.against, c.needs, c.passed])).toEqual([
      ['threshold', 0.5, true],
      ['baseline', 0.4 - 0.1, false],
    ]);
    expect(down.passed).toBe(false);
  });
});

describe('liveDeployment', () => {
  it('takes the most live traffic, ties by name, never a 0% one', () => {
    expect(liveDeployment({ blue: 10, green: 90 })).toEqual({ name: 'green', share: 90 });
    expect(liveDeployment({ green: 50, blue: 50 })).toEqual({ name: 'blue', share: 50 });
    expect(liveDeployment({ blue: 0 })).toBeUndefined();
    expect(liveDeployment({})).toBeUndefined();
  });
});

describe('metricValue', () => {
  it('names a missing or non-numeric metric and what the file has', () => {
    expect(metricValue({ auc: 0.8 }, 'auc', 'm.json')).toBe(0.8);
    expect(() => metricValue({ auc: 0.8 }, 'f1', 'm.json')).toThrow(
      /'f1' is not in the metrics of m\.json \(it has: auc\)/,
    );
    expect(() => metricValue({ auc: 'high' }, 'auc', 'm.json')).toThrow(/'auc' is not a number in/);
  });
});

describe('readBaseline', () => {
  const address: WorkspaceAddress = {
    subscriptionId: 'sub',
    resourceGroup: 'rg',
    workspace: 'prod',
    armEndpoint: 'https://arm',
  };
  const id = (ws: string, v: string) =>
    `/subscriptions/sub/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/${ws}/models/m/versions/${v}`;

  /** A client that answers only what the test sets, and fails loudly on anything else. */
  function stub(
    answers: Partial<Record<'getEndpoint' | 'getDeployment' | 'getModelVersion', unknown>>,
  ): AzureMLClient & { calls: string[] } {
    const calls: string[] = [];
    const handler = {
      get(_: object, name: string) {
        if (name === 'calls') return calls;
        if (!(name in answers)) return () => Promise.reject(new Error(`unexpected call ${name}`));
        return (...args: unknown[]) => {
          calls.push(`${name}(${args.join(',')})`);
          return Promise.resolve(answers[name as keyof typeof answers]);
        };
      },
    };
    return new Proxy({}, handler) as AzureMLClient & { calls: string[] };
  }
  const endpoint = { traffic: { blue: 100 } };

  it('reads the model from the workspace its id names (a client for that workspace)', async () => {
    const here = stub({ getEndpoint: endpoint, getDeployment: { model: id('other', '3') } });
    const there = stub({ getModelVersion: { id: id('other', '3'), properties: { 'metric.auc': '0.9' } } });
    const seen: WorkspaceAddress[] = [];
    const found = await readBaseline(
      {
        client: here,
        address,
        clientFor: (a) => {
          seen.push(a);
          return there;
        },
      },
      'e',
      'auc',
      () => {},
    );
    expect(found).toEqual({
      found: { endpoint: 'e', deployment: 'blue', traffic: 100, modelId: id('other', '3'), value: 0.9 },
    });
    expect(seen.map((a) => a.workspace)).toEqual(['other']);
    expect(there.calls).toEqual(['getModelVersion(m,3)']);
  });

  it.each([
    [
      { model: 'azureml://registries/shared/models/m/versions/1' },
      undefined,
      /a registry's model has no metrics/,
    ],
    [{}, undefined, /serves no registered model/],
    [{ model: id('prod', '2') }, undefined, /version 2, which does not exist in workspace 'prod'/],
    [
      { model: id('prod', '2') },
      { id: 'x', properties: { 'metric.auc': 'n/a' } },
      /records 'metric\.auc' as 'n\/a', which is not a number/,
    ],
    [
      { model: id('prod', '2') },
      { id: 'x', properties: {} },
      /has no property 'metric\.auc' \(it has no metric\.\* properties\)/,
    ],
  ])(
    'fails loudly when a live deployment %j cannot give a baseline',
    async (deployment, version, message) => {
      const client = stub({ getEndpoint: endpoint, getDeployment: deployment, getModelVersion: version });
      const read = readBaseline({ client, address, clientFor: () => client }, 'e', 'auc', () => {});
      await expect(read).rejects.toThrow(ConfigurationError);
      await expect(read).rejects.toThrow(message);
    },
  );
});
