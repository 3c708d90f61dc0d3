/** A response from GitHub's REST API: the status and the parsed JSON body (undefined when empty). */
export interface GitHubResponse<T> {
  status: number;
  data: T;
}

/** The REST calls this tool makes; `what` says in words what is asked for, for error messages. */
export interface GitHubClient {
  readonly apiUrl: string;
  request<T>(
    method: string,
    path: string,
    options?: { body?: unknown; what?: string },
  ): Promise<GitHubResponse<T>>;
}

/** An answer from GitHub that is not a success, turned into a message that says what to do. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly method: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

const TOKEN_HELP =
  'The token needs the Administration: write permission on the repository (fine-grained token or GitHub App) ' +
  'or the repo scope (classic token), and Variables: write for the variables. ' +
  "A workflow's GITHUB_TOKEN cannot create environments: use a personal access token or a GitHub App token.";

interface ErrorBody {
  message?: string;
  errors?: Array<{ message?: string; field?: string; code?: string; resource?: string } | string>;
}

/** The readable message for a failed request. Never includes the token. */
export function describeGitHubError(
  status: number,
  method: string,
  path: string,
  body: ErrorBody | undefined,
  what: string,
  headers?: Headers,
): string {
  const said = body?.message ? ` (GitHub said: ${body.message})` : '';
  const details = (body?.errors ?? [])
    .map((e) =>
      typeof e === 'string' ? e : (e.message ?? [e.resource, e.field, e.code].filter(Boolean).join(' ')),
    )
    .filter(Boolean);
  const request = `${method} ${path}`;
  switch (status) {
    case 401:
      return `GitHub rejected the token when trying to ${what} (401 Bad credentials, ${request}). Check that --token / GITHUB_TOKEN / GH_TOKEN holds a valid, unexpired token.`;
    case 403:
    case 429:
      if (headers?.get('x-ratelimit-remaining') === '0' || status === 429) {
        const reset = Number(headers?.get('x-ratelimit-reset'));
        const when =
          Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
        return `GitHub's rate limit was reached when trying to ${what} (${status}, ${request}).${when} Try again later.`;
      }
      return `GitHub refused to ${what} (403 Forbidden, ${request})${said}. ${TOKEN_HELP}`;
    case 404:
      return `GitHub answered 404 Not Found when trying to ${what} (${request})${said}. Check the name; a repository the token cannot see also answers 404. ${TOKEN_HELP}`;
    case 422:
      return `GitHub did not accept the request to ${what} (422 Unprocessable Entity, ${request})${said}${details.length ? `: ${details.join('; ')}` : ''}.`;
    default:
      return `GitHub answered ${status} when trying to ${what} (${request})${said}.`;
  }
}

/** The API root: --api-url, else GITHUB_API_URL (set on runners, GHES too), else https://api.github.com. */
export function apiUrlFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return (flag || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** A client over plain `fetch`, with GitHub's JSON media type and API version. */
export function createGitHubClient(options: {
  apiUrl: string;
  token: string;
  userAgent?: string;
}): GitHubClient {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  return {
    apiUrl,
    async request<T>(method: string, path: string, opts: { body?: unknown; what?: string } = {}) {
      const headers: Record<string, string> = {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': options.userAgent ?? 'mlops-actions-environments',
      };
      if (opts.body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await fetch(`${apiUrl}${path}`, {
          method,
          headers,
          ...(opts.body !== undefined && { body: JSON.stringify(opts.body) }),
          redirect: 'manual',
        });
      } catch (error) {
        const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
        throw new GitHubApiError(
          `Could not reach GitHub at ${apiUrl} to ${opts.what ?? `${method} ${path}`}: ${cause}. Check --api-url / GITHUB_API_URL and the network.`,
          0,
          method,
          path,
        );
      }
      const text = await response.text();
      let data: unknown;
      if (text !== '') {
        try {
          data = JSON.parse(text);
        } catch {
          data = undefined;
        }
      }
      if (response.status >= 400 || (response.status >= 300 && response.status !== 303)) {
        throw new GitHubApiError(
          describeGitHubError(
            response.status,
            method,
            path,
            data as ErrorBody | undefined,
            opts.what ?? `${method} ${path}`,
            response.headers,
          ),
          response.status,
          method,
          path,
        );
      }
      return { status: response.status, data: data as T };
    },
  };
}
