import { LiveValidator } from 'oav';
import { USER_AGENT_PREFIX } from '../../src/azureml/user-agent.js';
import type { RecordedExchange } from '../../src/emulator/exchange-log.js';
import { checkErrorEnvelope, checkPoll, type RuleIssue } from './arm-rules.js';
import { pathOf } from './exchanges.js';
import type { SpecSet } from './spec-files.js';

/** Which half of the exchange a problem is in; `operation`: the request matches no operation of the spec. */
export type Side = 'request' | 'response' | 'operation';

export interface Issue extends RuleIssue {
  side: Side;
}

/** What the check says about one recorded exchange. */
export interface Verdict {
  /** The spec's operationId; for others `LRO poll (<header>)` or `<METHOD> <path template> (api-version <v>)`. */
  operation: string;
  kind: 'operation' | 'poll' | 'unmatched';
  /** Deviations from the contract: each one fails the contract test. */
  deviations: Issue[];
  /**
   * What the spec finds wrong with a request the emulator refused: the refusal is right, so these are reported but
   * not failed (the emulator's own tests send such requests on purpose). A request is refused for its content by
   * 400 or 413; one that matches no operation at all, by any 4xx.
   */
  refusedFor: Issue[];
}

/** oav's runtime codes for a request that matches no operation of the loaded specs. */
const NO_OPERATION = new Set([
  'OPERATION_NOT_FOUND_IN_CACHE',
  'OPERATION_NOT_FOUND_IN_CACHE_WITH_VERB',
  'OPERATION_NOT_FOUND_IN_CACHE_WITH_API',
  'OPERATION_NOT_FOUND_IN_CACHE_WITH_PROVIDER',
]);

interface OavIssue {
  code: string;
  message: string;
  jsonPathsInPayload?: string[];
  pathsInPayload?: string[];
}

interface OavPair {
  requestValidationResult: OavResult;
  responseValidationResult: OavResult;
}

interface OavResult {
  errors: OavIssue[];
  runtimeException?: { code: string; message: string };
  operationInfo: { operationId: string; apiVersion: string };
}

/** Checks recorded exchanges against one spec set with oav's LiveValidator (offline, from the files on disk). */
export class ContractCheck {
  private constructor(
    private readonly validator: LiveValidator,
    private readonly apiVersion: string,
  ) {}

  /** Loads and compiles the spec set (about 2 s for Azure ML's 1.2 MB openapi.json). */
  static async load(set: SpecSet): Promise<ContractCheck> {
    const validator = new LiveValidator(
      {
        directory: set.root,
        // A copy: initialize() empties the array it is given.
        swaggerPaths: [...set.files],
        git: { shouldClone: false },
        // ARM matches paths case-insensitively.
        isPathCaseSensitive: false,
        loadValidatorInBackground: false,
        loadValidatorInInitialize: true,
      },
      // oav reports every lookup miss through its logger too; the results carry them, so keep the logs quiet.
      () => undefined,
    );
    await validator.initialize();
    return new ContractCheck(validator, set.apiVersion);
  }

  /**
   * One exchange. `polls` holds the status URLs long-running operations handed out (exchanges.ts pollingUrls):
   * they are not operations of the spec, and are held to ARM's async-operation rules instead.
   */
  async check(
    exchange: RecordedExchange,
    polls: ReadonlyMap<string, 'azure-asyncoperation' | 'location'> = new Map(),
  ): Promise<Verdict> {
    const { request, response } = exchange;
    const status = Number(response.statusCode);
    // 400 (with ARM's code: InvalidRequestContent, NoRegisteredProviderFound, ...) or 413: refused for what it says.
    // Never for a request of the actions' own client: what it sends must be right whatever the emulator answered.
    const refused = (status === 400 || status === 413) && !fromOurClient(exchange);
    const first = await this.validate(exchange, request.url);
    const missing = first.requestValidationResult.runtimeException;
    if (!missing || !NO_OPERATION.has(missing.code)) return this.verdict(exchange, first, refused, []);

    const url = new URL(request.url);
    const version = url.searchParams.get('api-version');
    const unmatched: Issue = {
      side: 'operation',
      code: missing.code,
      path: `?api-version=${version ?? ''}`,
      message: missing.message,
    };
    if (version !== this.apiVersion) {
      // Another api-version: a deviation by itself, and the bodies are still held to our version's schema, so
      // the report says what moving to it takes.
      url.searchParams.set('api-version', this.apiVersion);
      const again = await this.validate(exchange, url.href);
      if (!again.requestValidationResult.runtimeException)
        return this.verdict(exchange, again, refused, [unmatched]);
    }
    const poll = polls.get(pathOf(request.url));
    if (poll) {
      const deviations = checkPoll(poll, response.statusCode, response.body).map(on('response'));
      return { operation: `LRO poll (${poll})`, kind: 'poll', deviations, refusedFor: [] };
    }
    const operation = `${request.method} ${pathTemplate(url.pathname)}`;
    // A refused request that matches no operation (an unknown resource type, say) is the emulator doing its job,
    // as long as the answer is ARM's error envelope.
    return status >= 400 && status < 500 && !fromOurClient(exchange)
      ? {
          operation,
          kind: 'unmatched',
          deviations: checkErrorEnvelope(response.body).map(on('response')),
          refusedFor: [unmatched],
        }
      : { operation, kind: 'unmatched', deviations: [unmatched], refusedFor: [] };
  }

  private async validate(exchange: RecordedExchange, url: string): Promise<OavPair> {
    const { request, response } = exchange;
    return (await this.validator.validateLiveRequestResponse({
      liveRequest: {
        method: request.method,
        url,
        headers: { ...request.headers },
        body: request.body as Record<string, unknown> | undefined,
      },
      liveResponse: {
        statusCode: response.statusCode,
        headers: { ...response.headers },
        body: response.body as Record<string, unknown> | undefined,
      },
    })) as OavPair;
  }

  /** The verdict on a pair that matched an operation; `extra`: request-side issues found before (api-version). */
  private verdict(exchange: RecordedExchange, result: OavPair, refused: boolean, extra: Issue[]): Verdict {
    const requestIssues = [
      ...extra,
      ...issues('request', result.requestValidationResult).filter(
        // The server answered an injected fault before reading the body: its absence says nothing.
        (issue) =>
          !(
            exchange.request.bodyUnread &&
            issue.code === 'MISSING_REQUIRED_PARAMETER' &&
            issue.path === 'body'
          ),
      ),
    ];
    const responseIssues = issues('response', result.responseValidationResult);
    // The spec's `default` answer (common-types ErrorResponse) requires no field; ARM's envelope does.
    if (Number(exchange.response.statusCode) >= 400) {
      responseIssues.push(...checkErrorEnvelope(exchange.response.body).map(on('response')));
    }
    return {
      operation: result.requestValidationResult.operationInfo.operationId,
      kind: 'operation',
      deviations: refused ? responseIssues : [...requestIssues, ...responseIssues],
      refusedFor: refused ? requestIssues : [],
    };
  }
}

/** A request of the actions' client (src/azureml), told by its user agent. */
function fromOurClient(exchange: RecordedExchange): boolean {
  return (exchange.request.headers['user-agent'] ?? '').startsWith(USER_AGENT_PREFIX);
}

const on =
  (side: Side) =>
  (issue: RuleIssue): Issue => ({ side, ...issue });

function issues(side: 'request' | 'response', result: OavResult): Issue[] {
  const out: Issue[] = result.errors.map((error) => ({
    side,
    code: error.code,
    path: payloadPath(error.jsonPathsInPayload?.[0] ?? error.pathsInPayload?.[0] ?? '$'),
    message: error.message,
  }));
  if (result.runtimeException) {
    out.push({
      side,
      code: result.runtimeException.code,
      path: '$',
      message: result.runtimeException.message,
    });
  }
  return out;
}

/** oav writes request parameters as `.path.workspaceName`, `.body`, `.headers.x`; bodies as `$.a.b`. */
function payloadPath(path: string): string {
  return path.startsWith('.') ? path.slice(1) : path;
}

/**
 * An ARM path with its names replaced by `{}`: `/subscriptions/{}/resourceGroups/{}/providers/<ns>/<type>/{}...`,
 * so unmatched requests group by shape.
 */
export function pathTemplate(pathname: string): string {
  const parts = pathname.split('/').filter((p) => p !== '');
  const out: string[] = [];
  let providerAt = parts.findIndex((p) => p.toLowerCase() === 'providers');
  if (providerAt < 0) providerAt = parts.length;
  parts.forEach((part, index) => {
    if (index < providerAt) out.push(index % 2 === 0 ? part : '{}');
    else if (index <= providerAt + 1) out.push(part);
    else out.push((index - providerAt) % 2 === 0 ? part : '{}');
  });
  return `/${out.join('/')}`;
}
