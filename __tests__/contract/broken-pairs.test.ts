// The contract check can fail: deliberately broken pairs are reported with the right side, code and JSON path,
// and pairs that are fine (an injected fault, a right refusal) are not.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { USER_AGENT_PREFIX } from '../../src/azureml/user-agent.js';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import type { RecordedExchange } from '../../src/emulator/exchange-log.js';
import { ContractCheck, type Issue, type Verdict } from './contract-check.js';
import { CONTRACT, specSetOrSkip } from './environment.js';
import { pollingUrls } from './exchanges.js';
import { formatDeviations, formatSummary } from './report.js';
import { specOperations } from './spec-files.js';

const specs = specSetOrSkip();
const run = specs.skip ? describe.skip : describe;

const HOST = 'https://127.0.0.1:8443';
const WORKSPACE =
  '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/mlops-local/providers/' +
  'Microsoft.MachineLearningServices/workspaces/dev';
const ENDPOINT = `${WORKSPACE}/onlineEndpoints/diabetes-endpoint`;
const STATUS_URL = `${HOST}/subscriptions/00000000-0000-4000-8000-000000000000/providers/Microsoft.MachineLearningServices/locations/local/mfeOperationsStatus/op-1`;
const JSON_HEADERS = { 'content-type': 'application/json' };

const endpointBody = (): Record<string, unknown> => ({
  location: 'local',
  identity: { type: 'SystemAssigned' },
  properties: { authMode: 'Key', traffic: { blue: 100 }, mirrorTraffic: { green: 20 } },
});

const endpointAnswer = (): Record<string, unknown> => ({
  id: ENDPOINT,
  name: 'diabetes-endpoint',
  type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
  location: 'local',
  identity: { type: 'SystemAssigned' },
  properties: {
    authMode: 'Key',
    traffic: { blue: 100 },
    mirrorTraffic: { green: 20 },
    provisioningState: 'Updating',
    scoringUri: 'http://127.0.0.1:9000/dev/diabetes-endpoint/score',
  },
});

/** A pair as the hook records it; `version` and the bodies can be broken on purpose. */
function pair(options: {
  method?: string;
  path?: string;
  version?: string;
  body?: unknown;
  status?: string;
  answer?: unknown;
  headers?: Record<string, string>;
  bodyUnread?: true;
}): RecordedExchange {
  const method = options.method ?? 'PUT';
  const url = `${HOST}${options.path ?? ENDPOINT}?api-version=${options.version ?? AZUREML_API_VERSION}`;
  return {
    request: {
      method,
      url,
      headers: method === 'GET' ? {} : { ...JSON_HEADERS },
      ...('body' in options ? { body: options.body } : method === 'PUT' ? { body: endpointBody() } : {}),
      ...(options.bodyUnread ? { bodyUnread: true as const } : {}),
    },
    response: {
      statusCode: options.status ?? '201',
      headers: { ...JSON_HEADERS, 'azure-asyncoperation': STATUS_URL, ...options.headers },
      ...('answer' in options ? { body: options.answer } : { body: endpointAnswer() }),
    },
  };
}

const brief = (issues: Issue[]): string[] => issues.map((i) => `${i.side} ${i.code} ${i.path}`);

run(`the contract check against ${CONTRACT}`, () => {
  let check: ContractCheck;
  const verdict = (exchange: RecordedExchange): Promise<Verdict> => check.check(exchange);

  beforeAll(async () => {
    check = await ContractCheck.load(specs.required());
  }, 120_000);

  it('passes a well-formed endpoint PUT and its 201, mirror traffic included', async () => {
    const result = await verdict(pair({}));
    expect(result.operation).toBe('OnlineEndpoints_CreateOrUpdate');
    expect(result.deviations).toEqual([]);
  });

  it('reports an unknown property in a request', async () => {
    const body = endpointBody();
    (body.properties as Record<string, unknown>).mirrorShare = 20;
    const result = await verdict(pair({ body }));
    expect(brief(result.deviations)).toEqual([
      'request OBJECT_ADDITIONAL_PROPERTIES $.properties.mirrorShare',
    ]);
  });

  it('reports an answer without a required property', async () => {
    const answer = endpointAnswer();
    delete answer.properties;
    const result = await verdict(pair({ answer }));
    expect(brief(result.deviations)).toEqual(['response OBJECT_MISSING_REQUIRED_PROPERTY $.properties']);
  });

  it('reports an answer with a value outside an enum (discriminator) and of the wrong case', async () => {
    const answer = endpointAnswer();
    (answer.properties as Record<string, unknown>).authMode = 'key';
    const result = await verdict(pair({ method: 'GET', body: undefined, status: '200', answer }));
    expect(result.operation).toBe('OnlineEndpoints_Get');
    expect(brief(result.deviations)).toEqual(['response ENUM_CASE_MISMATCH $.properties.authMode']);

    const deployment = {
      id: `${ENDPOINT}/deployments/blue`,
      name: 'blue',
      type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments',
      location: 'local',
      properties: { endpointComputeType: 'Serverless', provisioningState: 'Succeeded' },
    };
    const broken = await verdict(
      pair({
        method: 'GET',
        path: `${ENDPOINT}/deployments/blue`,
        body: undefined,
        status: '200',
        answer: deployment,
      }),
    );
    expect(brief(broken.deviations)).toEqual([
      'response DISCRIMINATOR_VALUE_NOT_FOUND $.properties.endpointComputeType',
    ]);
  });

  it('reports a request at another api-version, and still checks its bodies against ours', async () => {
    const body = endpointBody();
    (body.properties as Record<string, unknown>).mirrorShare = 20;
    const result = await verdict(pair({ version: '2022-10-01', body }));
    expect(result.operation).toBe('OnlineEndpoints_CreateOrUpdate');
    expect(brief(result.deviations)).toEqual([
      'operation OPERATION_NOT_FOUND_IN_CACHE_WITH_API ?api-version=2022-10-01',
      'request OBJECT_ADDITIONAL_PROPERTIES $.properties.mirrorShare',
    ]);
  });

  it('reports a request that matches no operation and was answered as if it did', async () => {
    const result = await verdict(
      pair({ method: 'GET', path: `${WORKSPACE}/gadgets/g1`, status: '200', answer: {} }),
    );
    expect(result.kind).toBe('unmatched');
    expect(result.operation).toBe(
      'GET /subscriptions/{}/resourceGroups/{}/providers/Microsoft.MachineLearningServices/workspaces/{}/gadgets/{}',
    );
    expect(brief(result.deviations)).toEqual([
      `operation OPERATION_NOT_FOUND_IN_CACHE ?api-version=${AZUREML_API_VERSION}`,
    ]);
  });

  it('accepts a right refusal of a wrong request, but not a refusal without ARM error envelope', async () => {
    const refusal = {
      error: { code: 'NoRegisteredProviderFound', message: 'No registered resource provider ...' },
    };
    const refused = await verdict(pair({ version: '2022-10-01', status: '400', answer: refusal }));
    expect(refused.deviations).toEqual([]);
    expect(brief(refused.refusedFor)).toEqual([
      'operation OPERATION_NOT_FOUND_IN_CACHE_WITH_API ?api-version=2022-10-01',
    ]);

    // The same refusal of a request our own client sent is a deviation: the actions must send the contract.
    const ours = pair({ version: '2022-10-01', status: '400', answer: refusal });
    ours.request.headers['user-agent'] = `${USER_AGENT_PREFIX} azsdk-js-arm-machinelearning/2.1.1`;
    const oursVerdict = await verdict(ours);
    expect(oursVerdict.refusedFor).toEqual([]);
    expect(brief(oursVerdict.deviations)).toContain(
      'operation OPERATION_NOT_FOUND_IN_CACHE_WITH_API ?api-version=2022-10-01',
    );
    const oursUnknown = pair({ status: '400', answer: refusal, body: { ...endpointBody(), colour: 'red' } });
    oursUnknown.request.headers['user-agent'] = USER_AGENT_PREFIX;
    expect(brief((await verdict(oursUnknown)).deviations)).toContain(
      'request OBJECT_ADDITIONAL_PROPERTIES $.colour',
    );

    const bare = await verdict(pair({ status: '500', answer: { message: 'boom' } }));
    expect(brief(bare.deviations)).toEqual([
      'response OBJECT_ADDITIONAL_PROPERTIES $.message',
      'response ARM_ERROR_ENVELOPE $.error',
    ]);
  });

  it('accepts an injected fault answered before the body was read', async () => {
    const throttled = pair({
      body: undefined,
      bodyUnread: true,
      status: '429',
      headers: { 'retry-after': '1' },
      answer: { error: { code: 'TooManyRequests', message: 'Injected fault: 429.' } },
    });
    expect((await verdict(throttled)).deviations).toEqual([]);
    // The same request with a body that was read and is missing: a deviation.
    const request = { ...throttled.request };
    delete request.bodyUnread;
    const missing = await verdict({ ...throttled, request });
    expect(brief(missing.deviations)).toEqual(['request MISSING_REQUIRED_PARAMETER body']);
  });

  it("holds long-running operations' status URLs to ARM's async-operation rules", async () => {
    const started = pair({});
    const poll = (answer: unknown): RecordedExchange => ({
      request: { method: 'GET', url: `${STATUS_URL}?api-version=${AZUREML_API_VERSION}`, headers: {} },
      response: { statusCode: '200', headers: JSON_HEADERS, body: answer },
    });
    const polls = pollingUrls([{ exchange: started, source: 'test' }]);
    const failedWell = poll({ status: 'Failed', error: { code: 'DeploymentFailed', message: 'It failed.' } });
    expect((await check.check(failedWell, polls)).deviations).toEqual([]);
    const failedBare = await check.check(poll({ status: 'Failed' }), polls);
    expect(failedBare.operation).toBe('LRO poll (azure-asyncoperation)');
    expect(brief(failedBare.deviations)).toEqual(['response ARM_ASYNC_ERROR $.error']);
    // Not handed out by any answer: a path the spec does not know.
    expect((await check.check(poll({ status: 'Succeeded' }))).kind).toBe('unmatched');
  });

  it('reports per operation: side, code, JSON path and count', async () => {
    const body = endpointBody();
    (body.properties as Record<string, unknown>).mirrorShare = 20;
    const broken = pair({ body });
    const checked = await Promise.all(
      [broken, broken, pair({})].map(async (exchange, i) => ({
        verdict: await verdict(exchange),
        exchange,
        source: `exchanges-1.jsonl:${i + 1}`,
      })),
    );
    const report = formatDeviations(checked, specOperations(specs.required()), CONTRACT);
    expect(report).toContain(
      `Contract deviations from ${CONTRACT}: 2 of 3 recorded pairs, in 1 operation(s).`,
    );
    expect(report).toContain(
      'OnlineEndpoints_CreateOrUpdate (PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/' +
        'providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}): ' +
        '2 of 3 pair(s) deviate',
    );
    expect(report).toMatch(/request +OBJECT_ADDITIONAL_PROPERTIES {2}\$\.properties\.mirrorShare {2}x2 /);
    expect(report).toContain(
      `e.g. PUT ${HOST}${ENDPOINT}?api-version=${AZUREML_API_VERSION} -> 201 (exchanges-1.jsonl:1)`,
    );
  });

  it('sums up pairs, covered operations, and the operations beside them that nothing exercised', async () => {
    const exchanges = [
      pair({}),
      pair({
        method: 'POST',
        path: `${ENDPOINT}/listKeys`,
        body: undefined,
        status: '200',
        answer: { primaryKey: 'k1', secondaryKey: 'k2' },
      }),
    ];
    const checked = await Promise.all(
      exchanges.map(async (exchange, i) => ({
        verdict: await verdict(exchange),
        exchange,
        source: `x:${i + 1}`,
      })),
    );
    expect(checked.map((c) => c.verdict.deviations)).toEqual([[], []]);
    const summary = formatSummary(checked, specOperations(specs.required()), CONTRACT);
    expect(summary).toContain(
      `Contract check against ${CONTRACT}: 2 recorded pairs, 2 operation(s) of the spec covered.`,
    );
    expect(summary).toMatch(/^ {2}OnlineEndpoints_ListKeys {2}1$/m);
    const unexercised = /no recorded request exercised: (.*)$/m.exec(summary)?.[1]?.split(', ');
    expect(unexercised?.sort()).toEqual([
      'OnlineEndpoints_Delete',
      'OnlineEndpoints_Get',
      'OnlineEndpoints_GetToken',
      'OnlineEndpoints_RegenerateKeys',
      'OnlineEndpoints_Update',
    ]);
  });
});
