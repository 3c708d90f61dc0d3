// A stand-in for api.github.com on 127.0.0.1 for the environments endpoints. Every request is checked against
// GitHub's published OpenAPI description (method, path and path parameters, query parameters, JSON body and
// its required fields); any mismatch is recorded in `violations` and answered 400. Answers are checked too.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  compileRoutes,
  deref,
  exampleOf,
  githubOpenApi,
  parametersOf,
  validateSchema,
  type Operation,
  type Schema,
} from './github-api-openapi.js';

export interface FakeEnvironment {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
  wait_timer: number;
  prevent_self_review: boolean;
  reviewers: Array<{ type: 'User' | 'Team'; id: number }>;
  deployment_branch_policy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branchPolicies: Array<{ id: number; name: string; type: 'branch' | 'tag' }>;
  variables: Map<string, { value: string; created_at: string; updated_at: string }>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  authorization?: string;
}

export interface GitHubApiServer {
  url: string;
  /** Repositories by `owner/name` (lower case), each with its environments by name. */
  repos: Map<string, Map<string, FakeEnvironment>>;
  users: Map<string, { id: number; login: string; type: 'User' | 'Organization' }>;
  teams: Map<string, { id: number; slug: string; name: string }>;
  requests: RecordedRequest[];
  violations: string[];
  /** The requests that change state (anything but GET). */
  writes(): RecordedRequest[];
  reset(): void;
  stop(): Promise<void>;
}

export interface GitHubApiServerOptions {
  /** token -> what it may do. Any other token gets 401 Bad credentials. */
  tokens: Record<string, 'admin' | 'read'>;
  repos: string[];
  users: Array<{ login: string; id: number; type?: 'User' | 'Organization' }>;
  teams: Array<{ org: string; slug: string; id: number }>;
}

const DOCS = 'https://docs.github.com/rest';

class Answer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

const notFound = (): Answer =>
  new Answer(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
const invalid = (message: string): Answer =>
  new Answer(422, { message, documentation_url: DOCS, status: '422' });

export async function startGitHubApiServer(options: GitHubApiServerOptions): Promise<GitHubApiServer> {
  const spec = githubOpenApi();
  const routes = compileRoutes(spec);
  const repos = new Map<string, Map<string, FakeEnvironment>>(
    options.repos.map((r) => [r.toLowerCase(), new Map()]),
  );
  const users = new Map(options.users.map((u) => [u.login.toLowerCase(), { type: 'User' as const, ...u }]));
  const teams = new Map(
    options.teams.map((t) => [`${t.org}/${t.slug}`.toLowerCase(), { id: t.id, slug: t.slug, name: t.slug }]),
  );
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  let nextId = 1000;
  let url = '';
  const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

  const userJson = (u: { id: number; login: string; type: string }): unknown =>
    exampleOf(spec, { $ref: '#/components/schemas/public-user' }, { id: u.id, login: u.login, type: u.type });
  const teamById = (id: number): { id: number; slug: string; name: string } | undefined =>
    [...teams.values()].find((t) => t.id === id);
  const environmentJson = (owner: string, repo: string, e: FakeEnvironment): unknown => {
    const rules: unknown[] = [];
    if (e.wait_timer > 0)
      rules.push({
        id: e.id * 10 + 1,
        node_id: `GA_${e.id}_1`,
        type: 'wait_timer',
        wait_timer: e.wait_timer,
      });
    if (e.reviewers.length > 0)
      rules.push({
        id: e.id * 10 + 2,
        node_id: `GA_${e.id}_2`,
        type: 'required_reviewers',
        prevent_self_review: e.prevent_self_review,
        reviewers: e.reviewers.map((r) => ({
          type: r.type,
          reviewer:
            r.type === 'User'
              ? userJson([...users.values()].find((u) => u.id === r.id)!)
              : exampleOf(
                  spec,
                  { $ref: '#/components/schemas/team' },
                  { id: r.id, slug: teamById(r.id)!.slug },
                ),
        })),
      });
    if (e.deployment_branch_policy)
      rules.push({ id: e.id * 10 + 3, node_id: `GA_${e.id}_3`, type: 'branch_policy' });
    return {
      id: e.id,
      node_id: `EN_${e.id}`,
      name: e.name,
      url: `${url}/repos/${owner}/${repo}/environments/${encodeURIComponent(e.name)}`,
      html_url: `https://github.com/${owner}/${repo}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
      created_at: e.created_at,
      updated_at: e.updated_at,
      protection_rules: rules,
      deployment_branch_policy: e.deployment_branch_policy,
    };
  };

  function handle(
    operationId: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: Record<string, unknown> | undefined,
    access: 'admin' | 'read',
    write: boolean,
  ): Answer {
    if (write && access !== 'admin')
      return new Answer(403, {
        message: 'Resource not accessible by personal access token',
        documentation_url: DOCS,
        status: '403',
      });
    if (operationId === 'users/get-by-username') {
      const u = users.get(params.username!.toLowerCase());
      return u ? new Answer(200, userJson(u)) : notFound();
    }
    if (operationId === 'teams/get-by-name') {
      const t = teams.get(`${params.org}/${params.team_slug}`.toLowerCase());
      return t
        ? new Answer(
            200,
            exampleOf(spec, { $ref: '#/components/schemas/team-full' }, { id: t.id, slug: t.slug }),
          )
        : notFound();
    }
    const envs = repos.get(`${params.owner}/${params.repo}`.toLowerCase());
    if (!envs) return notFound();
    const page = Number(query.get('page') ?? 1);
    const perPage = Number(query.get('per_page') ?? 30);
    const slice = <T>(list: T[]): T[] => list.slice((page - 1) * perPage, page * perPage);
    if (operationId === 'repos/get-all-environments') {
      const list = [...envs.values()];
      return new Answer(200, {
        total_count: list.length,
        environments: slice(list).map((e) => environmentJson(params.owner!, params.repo!, e)),
      });
    }
    const env = envs.get(params.environment_name!);
    if (operationId === 'repos/create-or-update-environment') {
      const b = body ?? {};
      const policy = (b.deployment_branch_policy ?? null) as FakeEnvironment['deployment_branch_policy'];
      if (policy && policy.protected_branches === policy.custom_branch_policies)
        return invalid(
          'Validation Failed: protected_branches and custom_branch_policies cannot have the same value',
        );
      const wait = (b.wait_timer ?? 0) as number;
      if (wait < 0 || wait > 43200) return invalid('wait_timer must be between 0 and 43200');
      const reviewers = (b.reviewers ?? []) as FakeEnvironment['reviewers'];
      if (reviewers.length > 6) return invalid('Only 6 reviewers are allowed');
      for (const r of reviewers) {
        const known =
          r.type === 'User'
            ? [...users.values()].some((u) => u.id === r.id && u.type === 'User')
            : !!teamById(r.id);
        if (!known) return invalid(`Reviewer ${r.type} ${r.id} not found`);
      }
      const e: FakeEnvironment = env ?? {
        id: nextId++,
        name: params.environment_name!,
        created_at: now(),
        updated_at: now(),
        wait_timer: 0,
        prevent_self_review: false,
        reviewers: [],
        deployment_branch_policy: null,
        branchPolicies: [],
        variables: new Map(),
      };
      e.wait_timer = wait;
      e.reviewers = reviewers.map((r) => ({ type: r.type, id: r.id }));
      e.prevent_self_review = reviewers.length > 0 && b.prevent_self_review === true;
      e.deployment_branch_policy = policy;
      if (!policy?.custom_branch_policies) e.branchPolicies = [];
      e.updated_at = now();
      envs.set(e.name, e);
      return new Answer(200, environmentJson(params.owner!, params.repo!, e));
    }
    if (!env) return notFound();
    switch (operationId) {
      case 'repos/get-environment':
        return new Answer(200, environmentJson(params.owner!, params.repo!, env));
      case 'repos/list-deployment-branch-policies':
        return new Answer(200, {
          total_count: env.branchPolicies.length,
          branch_policies: slice(env.branchPolicies),
        });
      case 'repos/create-deployment-branch-policy': {
        if (!env.deployment_branch_policy?.custom_branch_policies) return notFound();
        const name = String(body!.name);
        const type = (body!.type ?? 'branch') as 'branch' | 'tag';
        if (env.branchPolicies.some((p) => p.name === name && p.type === type)) return new Answer(303);
        const policy = { id: nextId++, name, type };
        env.branchPolicies.push(policy);
        return new Answer(200, { ...policy, node_id: `BP_${policy.id}` });
      }
      case 'actions/list-environment-variables': {
        const list = [...env.variables.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([name, v]) => ({ name, ...v }));
        return new Answer(200, { total_count: list.length, variables: slice(list) });
      }
      case 'actions/create-environment-variable': {
        const name = String(body!.name).toUpperCase();
        if (env.variables.has(name))
          return new Answer(409, { message: 'Already exists', documentation_url: DOCS });
        env.variables.set(name, { value: String(body!.value), created_at: now(), updated_at: now() });
        return new Answer(201, {});
      }
      case 'actions/update-environment-variable': {
        const existing = env.variables.get(params.name!.toUpperCase());
        if (!existing) return notFound();
        if (body!.value !== undefined) existing.value = String(body!.value);
        existing.updated_at = now();
        return new Answer(204);
      }
    }
    return new Answer(501, { message: `the fake does not serve ${operationId}` });
  }

  function serve(req: IncomingMessage, raw: string, res: ServerResponse): void {
    const method = (req.method ?? 'GET').toLowerCase();
    const target = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: RecordedRequest = {
      method: method.toUpperCase(),
      path: target.pathname + target.search,
      status: 0,
      authorization: req.headers.authorization,
    };
    requests.push(record);
    const problems: string[] = [];
    const send = (answer: Answer, operation?: Operation): void => {
      record.status = answer.status;
      if (operation && answer.status < 300) {
        const documented = deref(spec, operation.responses[String(answer.status)] ?? ({} as never)) as
          { content?: Record<string, { schema: Schema }> } | undefined;
        if (!operation.responses[String(answer.status)])
          violations.push(
            `response ${record.method} ${record.path}: status ${answer.status} is not documented`,
          );
        const schema = documented?.content?.['application/json']?.schema;
        if (schema && answer.body !== undefined)
          for (const p of validateSchema(spec, schema, answer.body, 'response'))
            violations.push(`response ${record.method} ${record.path}: ${p}`);
      }
      const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-api-version-selected': '2022-11-28',
        ...(answer.status === 303 && { location: `${url}${target.pathname}` }),
      });
      res.end(text);
    };
    const fail = (status: number, message: string): void => {
      violations.push(`${record.method} ${record.path}: ${message}`);
      send(new Answer(status, { message, documentation_url: DOCS }));
    };

    const route = routes.find((r) => r.regex.test(target.pathname));
    if (!route) return fail(404, 'no path of the OpenAPI description matches');
    const operation = route.item[method] as Operation | undefined;
    if (!operation) return fail(404, `${route.template} has no ${method.toUpperCase()} operation`);
    if (operation['x-omitted-from-subset'])
      return fail(
        501,
        `${operation.operationId} is not in the tests' subset of GitHub's description: add it to SERVED in scripts/github-openapi-subset.mjs and run it`,
      );
    record.operationId = operation.operationId;
    const match = route.regex.exec(target.pathname)!;
    const params: Record<string, string> = {};
    route.names.forEach((n, i) => (params[n] = decodeURIComponent(match[i + 1]!)));
    const declared = parametersOf(spec, route, operation);
    for (const p of declared) {
      if (p.in === 'path') {
        const value = params[p.name];
        if (value === undefined || value === '') problems.push(`path parameter ${p.name} is missing`);
        else if (p.schema?.type === 'integer' && !/^\d+$/.test(value))
          problems.push(`path parameter ${p.name} must be an integer`);
      }
      if (p.in === 'query' && p.required && !target.searchParams.has(p.name))
        problems.push(`query parameter ${p.name} is required`);
    }
    for (const [name, value] of target.searchParams) {
      const p = declared.find((d) => d.in === 'query' && d.name === name);
      if (!p) problems.push(`query parameter ${name} is not declared`);
      else if (p.schema)
        problems.push(
          ...validateSchema(
            spec,
            p.schema,
            p.schema.type === 'integer' ? Number(value) : value,
            `query.${name}`,
          ),
        );
    }
    if (String(req.headers['x-github-api-version'] ?? '2022-11-28') !== '2022-11-28')
      problems.push(`unknown X-GitHub-Api-Version ${String(req.headers['x-github-api-version'])}`);
    if (!/application\/(vnd\.github[^,]*\+)?json/.test(String(req.headers.accept ?? '')))
      problems.push(`Accept must ask for application/vnd.github+json, not '${String(req.headers.accept)}'`);
    if (!req.headers['user-agent']) problems.push('GitHub requires a User-Agent header');

    let body: Record<string, unknown> | undefined;
    if (operation.requestBody) {
      if (raw === '') {
        if (operation.requestBody.required) problems.push('the request body is required');
      } else {
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
          problems.push(`content-type must be application/json`);
        try {
          body = JSON.parse(raw) as Record<string, unknown>;
          const schema = operation.requestBody.content['application/json']?.schema;
          if (!schema) problems.push('the operation takes no JSON body');
          else problems.push(...validateSchema(spec, schema, body));
        } catch {
          problems.push('the body is not JSON');
        }
      }
    } else if (raw !== '') problems.push('the operation takes no request body');
    record.body = body;
    if (problems.length > 0) return fail(400, `${operation.operationId}: ${problems.join('; ')}`);

    const auth = /^(?:Bearer|token) (.+)$/.exec(req.headers.authorization ?? '');
    const access = auth ? options.tokens[auth[1]!] : undefined;
    if (!access)
      return send(new Answer(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' }));
    send(
      handle(operation.operationId, params, target.searchParams, body, access, method !== 'get'),
      operation,
    );
  }

  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (raw += d));
    req.on('end', () => {
      try {
        serve(req, raw, res);
      } catch (error) {
        violations.push(`server error: ${(error as Error).stack}`);
        res.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    repos,
    users,
    teams,
    requests,
    violations,
    writes: () => requests.filter((r) => r.method !== 'GET'),
    reset() {
      requests.length = 0;
      violations.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
