// The Jobs_* handlers with a recording engine: a job is stored before the engine hears of it, a cancel marks it
// CancelRequested before the engine is asked, a delete cancels first and takes the steps' jobs along, and the list
// shows pipeline steps only to a query by their parent.
import { describe, expect, it } from '@jest/globals';
import { Context, type ArmRequest, type EmulatorConfig } from '../../src/emulator/context.js';
import type { JobEngine } from '../../src/emulator/jobs/engine-api.js';
import { RunTokens } from '../../src/emulator/jobs/run-tokens.js';
import { Operations } from '../../src/emulator/operations.js';
import * as jobs from '../../src/emulator/resources/jobs.js';
import { initialState, type Resource } from '../../src/emulator/state.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const WS = `/subscriptions/${SUB}/resourceGroups/mlops-local/providers/Microsoft.MachineLearningServices/workspaces/dev`;

function setup() {
  const state = initialState();
  const events: string[] = [];
  const engine: JobEngine = {
    start: (ws, name) => void events.push(`start ${name} ${String(ws.jobs?.[name]?.properties.status)}`),
    cancel: (ws, name) => {
      events.push(`cancel ${name} ${String(ws.jobs?.[name]?.properties.status)}`);
      ws.jobs![name]!.properties.status = 'Canceled';
      return Promise.resolve();
    },
    recover: () => undefined,
    stop: () => Promise.resolve(),
    runTokens: new RunTokens(),
  };
  const config: EmulatorConfig = {
    armEndpoint: 'https://127.0.0.1:1',
    blobHost: '',
    pageSize: 20,
    gatewayEndpoint: '',
  };
  const operations = new Operations(SUB, 'local', () => config.armEndpoint);
  let persisted = 0;
  const ctx = new Context(
    state,
    config,
    undefined as never,
    () => void persisted++,
    undefined as never,
    operations,
    undefined as never,
  );
  ctx.jobs = engine;
  const request = (method: string, id: string | undefined, query = '', body?: unknown): ArmRequest => ({
    method,
    url: new URL(`https://127.0.0.1:1${WS}/jobs${id ? `/${id}` : ''}?${query}`),
    params: {
      subscriptionId: SUB,
      resourceGroupName: 'mlops-local',
      workspaceName: 'dev',
      ...(id ? { id } : {}),
    },
    body,
    principal: { name: 'admin', objectId: 'o', roles: { '*': 'Owner' } },
  });
  return { state, ctx, events, operations, request, persisted: () => persisted };
}

const job = (extra: Record<string, unknown> = {}) => ({
  properties: {
    jobType: 'Command',
    command: 'python -c "print(1)"',
    environmentId: `${WS}/environments/AzureML-sklearn-1.0-ubuntu20.04-py38-cpu/versions/1`,
    ...extra,
  },
});

const waitFor = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('Jobs_* handlers', () => {
  it('stores and persists a job NotStarted before the engine starts it, once', async () => {
    const { ctx, events, request, persisted } = setup();
    const answer = await jobs.put.handle(ctx, request('PUT', 'j1', '', job()));
    expect(answer.status).toBe(201);
    expect(events).toEqual(['start j1 NotStarted']);
    expect(persisted()).toBeGreaterThan(0);
    // A retry answers the stored job and does not start it again.
    expect((await jobs.put.handle(ctx, request('PUT', 'j1', '', job()))).status).toBe(200);
    expect(events).toEqual(['start j1 NotStarted']);
  });

  it('marks a job CancelRequested, then has the engine cancel it; an ended job is left alone', async () => {
    const { ctx, state, events, request, operations } = setup();
    await jobs.put.handle(ctx, request('PUT', 'j2', '', job()));
    const accepted = await jobs.cancel.handle(ctx, request('POST', 'j2'));
    expect(accepted.status).toBe(202);
    expect(accepted.headers?.Location).toMatch(/mfeOperationResults/);
    await waitFor(() => state.workspaces.dev!.jobs!.j2!.properties.status === 'Canceled');
    expect(events).toEqual(['start j2 NotStarted', 'cancel j2 CancelRequested']);
    await jobs.cancel.handle(ctx, request('POST', 'j2'));
    await new Promise((r) => setTimeout(r, 30));
    expect(events).toHaveLength(2);
    operations.stop();
  });

  it('deletes a job after cancelling it, with its pipeline steps and run records', async () => {
    const { ctx, state, events, request } = setup();
    await jobs.put.handle(ctx, request('PUT', 'parent', '', job()));
    const ws = state.workspaces.dev!;
    const child: Resource = {
      ...structuredClone(ws.jobs!.parent!),
      name: 'child',
      properties: { ...ws.jobs!.parent!.properties, properties: { 'azureml.parentrunid': 'parent' } },
    };
    ws.jobs!.child = child;
    ws.runs = { child: {} as never };
    const accepted = await jobs.remove.handle(ctx, request('DELETE', 'parent'));
    expect(accepted.status).toBe(202);
    await waitFor(() => !ws.jobs!.parent);
    expect(ws.jobs).toEqual({});
    expect(ws.runs).toEqual({});
    expect(events).toContain('cancel parent CancelRequested');
    expect((await jobs.remove.handle(ctx, request('DELETE', 'parent'))).status).toBe(204);
  });

  it('lists top-level jobs, filtered by jobType, tag and properties; steps only by their parent', async () => {
    const { ctx, state, request } = setup();
    await jobs.put.handle(ctx, request('PUT', 'a', '', job({ tags: { team: 'x' } })));
    await jobs.put.handle(ctx, request('PUT', 'b', '', job({ properties: { stage: 'dev' } })));
    const ws = state.workspaces.dev!;
    ws.jobs!.step = { ...structuredClone(ws.jobs!.a!), name: 'step' };
    ws.jobs!.step.properties.properties = { 'azureml.parentrunid': 'b' };
    const names = async (query: string): Promise<string[]> =>
      ((await jobs.list.handle(ctx, request('GET', undefined, query))).body as { value: Resource[] }).value
        .map((j) => j.name)
        .sort();
    expect(await names('')).toEqual(['a', 'b']);
    expect(await names('tag=team')).toEqual(['a']);
    expect(await names('jobType=Pipeline')).toEqual([]);
    expect(await names('jobType=command')).toEqual(['a', 'b']);
    expect(await names('properties=stage=dev')).toEqual(['b']);
    expect(await names('properties=azureml.parentrunid=b')).toEqual(['step']);
    ws.jobs!.a!.properties.isArchived = true;
    expect(await names('listViewType=ArchivedOnly')).toEqual(['a']);
  });
});
