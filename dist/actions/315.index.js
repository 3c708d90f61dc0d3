export const id = 315;
export const ids = [315];
export const modules = {

/***/ 94315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* reexport */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
;// CONCATENATED MODULE: ./src/github/client.ts
/** An answer from GitHub that is not a success, turned into a message that says what to do. */
class GitHubApiError extends Error {
    status;
    method;
    path;
    constructor(message, status, method, path) {
        super(message);
        this.status = status;
        this.method = method;
        this.path = path;
        this.name = 'GitHubApiError';
    }
}
const TOKEN_HELP = 'The token needs the Administration: write permission on the repository (fine-grained token or GitHub App) ' +
    'or the repo scope (classic token), and Variables: write for the variables. ' +
    "A workflow's GITHUB_TOKEN cannot create environments: use a personal access token or a GitHub App token.";
/** The readable message for a failed request. Never includes the token. */
function describeGitHubError(status, method, path, body, what, headers) {
    const said = body?.message ? ` (GitHub said: ${body.message})` : '';
    const details = (body?.errors ?? [])
        .map((e) => typeof e === 'string' ? e : (e.message ?? [e.resource, e.field, e.code].filter(Boolean).join(' ')))
        .filter(Boolean);
    const request = `${method} ${path}`;
    switch (status) {
        case 401:
            return `GitHub rejected the token when trying to ${what} (401 Bad credentials, ${request}). Check that --token / GITHUB_TOKEN / GH_TOKEN holds a valid, unexpired token.`;
        case 403:
        case 429:
            if (headers?.get('x-ratelimit-remaining') === '0' || status === 429) {
                const reset = Number(headers?.get('x-ratelimit-reset'));
                const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
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
function apiUrlFrom(flag, env = process.env) {
    return (flag || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** A client over plain `fetch`, with GitHub's JSON media type and API version. */
function createGitHubClient(options) {
    const apiUrl = options.apiUrl.replace(/\/+$/, '');
    return {
        apiUrl,
        async request(method, path, opts = {}) {
            const headers = {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${options.token}`,
                'x-github-api-version': '2022-11-28',
                'user-agent': options.userAgent ?? 'mlops-actions-environments',
            };
            if (opts.body !== undefined)
                headers['content-type'] = 'application/json';
            let response;
            try {
                response = await fetch(`${apiUrl}${path}`, {
                    method,
                    headers,
                    ...(opts.body !== undefined && { body: JSON.stringify(opts.body) }),
                    redirect: 'manual',
                });
            }
            catch (error) {
                const cause = error.cause?.message ?? error.message;
                throw new GitHubApiError(`Could not reach GitHub at ${apiUrl} to ${opts.what ?? `${method} ${path}`}: ${cause}. Check --api-url / GITHUB_API_URL and the network.`, 0, method, path);
            }
            const text = await response.text();
            let data;
            if (text !== '') {
                try {
                    data = JSON.parse(text);
                }
                catch {
                    data = undefined;
                }
            }
            if (response.status >= 400 || (response.status >= 300 && response.status !== 303)) {
                throw new GitHubApiError(describeGitHubError(response.status, method, path, data, opts.what ?? `${method} ${path}`, response.headers), response.status, method, path);
            }
            return { status: response.status, data: data };
        },
    };
}

;// CONCATENATED MODULE: ./src/github/environments-plan.ts
/** An environment that does not exist yet, as GET would describe it after a bare create. */
const ABSENT = {
    exists: false,
    waitTimer: 0,
    preventSelfReview: false,
    reviewers: [],
    branchPolicy: null,
    branchPolicies: [],
    variables: {},
};
function branchPolicySetting(rule) {
    if (rule.kind === 'all')
        return null;
    return { protected_branches: rule.kind === 'protected', custom_branch_policies: rule.kind === 'custom' };
}
function describeBranchPolicy(policy) {
    if (!policy)
        return 'any branch';
    return policy.protected_branches ? 'protected branches' : 'selected branches';
}
function describeReviewers(reviewers) {
    return reviewers.length === 0 ? 'none' : reviewers.map((r) => r.name).join(', ');
}
/** The environment's settings in words: `wait 5 min, reviewers alice, no self-review, selected branches`. */
function describeBody(body, reviewers) {
    return [
        `wait timer ${body.wait_timer} min`,
        `reviewers ${describeReviewers(reviewers)}`,
        ...(reviewers.length > 0 ? [body.prevent_self_review ? 'no self-review' : 'self-review allowed'] : []),
        describeBranchPolicy(body.deployment_branch_policy),
    ].join(', ');
}
const reviewerKey = (r) => `${r.type}:${r.id}`;
/**
 * Compares the wanted state with what exists and lists every item: environment settings, each
 * custom branch policy, each variable. Pure: no I/O. Branch policies and variables that exist but are
 * not wanted are left alone (not listed).
 */
function planEnvironment(desired, current) {
    const changes = [];
    const environment = desired.name;
    // GitHub keeps prevent_self_review inside the required-reviewers rule: without reviewers it reads false.
    const preventSelfReview = desired.reviewers.length > 0 && desired.preventSelfReview;
    const body = {
        wait_timer: desired.waitTimer,
        prevent_self_review: preventSelfReview,
        reviewers: desired.reviewers.map((r) => ({ type: r.type, id: r.id })),
        deployment_branch_policy: branchPolicySetting(desired.branches),
    };
    const differences = [];
    if (current.exists) {
        if (current.waitTimer !== body.wait_timer)
            differences.push(`wait timer ${current.waitTimer} -> ${body.wait_timer} min`);
        const have = current.reviewers.map(reviewerKey).sort().join(',');
        const want = body.reviewers.map(reviewerKey).sort().join(',');
        if (have !== want)
            differences.push(`reviewers ${describeReviewers(current.reviewers)} -> ${describeReviewers(desired.reviewers)}`);
        const currentSelfReview = current.reviewers.length > 0 && current.preventSelfReview;
        if (currentSelfReview !== preventSelfReview)
            differences.push(`prevent self-review ${currentSelfReview} -> ${preventSelfReview}`);
        const haveBranches = describeBranchPolicy(current.branchPolicy);
        const wantBranches = describeBranchPolicy(body.deployment_branch_policy);
        if (haveBranches !== wantBranches)
            differences.push(`deploys from ${haveBranches} -> ${wantBranches}`);
    }
    changes.push({
        kind: 'environment',
        environment,
        action: !current.exists ? 'create' : differences.length > 0 ? 'update' : 'unchanged',
        body,
        differences,
    });
    if (desired.branches.kind === 'custom') {
        // Switching the environment to custom policies keeps the patterns already there.
        for (const pattern of desired.branches.patterns) {
            const exists = current.branchPolicies.some((p) => p.name === pattern.name && p.type === pattern.type);
            changes.push({
                kind: 'branch-policy',
                environment,
                action: exists ? 'unchanged' : 'create',
                name: pattern.name,
                type: pattern.type,
            });
        }
    }
    for (const [name, value] of Object.entries(desired.variables).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
        const previous = current.variables[name];
        changes.push({
            kind: 'variable',
            environment,
            action: previous === undefined ? 'create' : previous === value ? 'unchanged' : 'update',
            name,
            value,
            ...(previous !== undefined && previous !== value && { previous }),
        });
    }
    return changes;
}
/** The items to write (create and update), in the order they must be written. */
function writes(changes) {
    return changes.filter((c) => c.action !== 'unchanged');
}
/** Counts by action. */
function countChanges(changes) {
    const counts = { create: 0, update: 0, unchanged: 0 };
    for (const c of changes)
        counts[c.action]++;
    return counts;
}
const SYMBOL = { create: '+', update: '~', unchanged: '=' };
/** One line of the plan for an item. */
function describeChange(change, reviewers = []) {
    const verb = change.action === 'unchanged' ? 'unchanged' : change.action;
    switch (change.kind) {
        case 'environment':
            if (change.action === 'create')
                return `${SYMBOL.create} create environment ${change.environment} (${describeBody(change.body, reviewers)})`;
            if (change.action === 'update')
                return `${SYMBOL.update} update environment ${change.environment}: ${change.differences.join('; ')}`;
            return `${SYMBOL.unchanged} environment ${change.environment} unchanged`;
        case 'branch-policy':
            return `${SYMBOL[change.action]} ${verb === 'unchanged' ? '' : `${verb} `}deployment ${change.type} policy '${change.name}'${verb === 'unchanged' ? ' unchanged' : ''}`;
        case 'variable':
            if (change.action === 'update')
                return `${SYMBOL.update} update variable ${change.name}: '${change.previous}' -> '${change.value}'`;
            return `${SYMBOL[change.action]} ${change.action === 'create' ? 'create ' : ''}variable ${change.name} = '${change.value}'${change.action === 'unchanged' ? ' unchanged' : ''}`;
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/github/environments-config.ts


/** The GitHub environments this tool manages, in deployment order. */
const ENVIRONMENT_NAMES = ['dev', 'preprod', 'prod'];
/** The variables the workflows read from each environment (OIDC login and the workspace). */
const STANDARD_VARIABLES = [
    'AZURE_CLIENT_ID',
    'AZURE_TENANT_ID',
    'AZURE_SUBSCRIPTION_ID',
    'AZUREML_RESOURCE_GROUP',
    'AZUREML_WORKSPACE',
];
/** GitHub's limits: at most six reviewers, a wait timer of at most 43,200 minutes (30 days). */
const MAX_REVIEWERS = 6;
const MAX_WAIT_TIMER = 43_200;
const DEFAULTS = {
    dev: { waitTimer: 0, preventSelfReview: false, branches: { kind: 'all' } },
    preprod: {
        waitTimer: 0,
        preventSelfReview: false,
        branches: { kind: 'custom', patterns: [{ name: 'main', type: 'branch' }] },
    },
    prod: {
        waitTimer: 5,
        preventSelfReview: true,
        branches: { kind: 'custom', patterns: [{ name: 'main', type: 'branch' }] },
    },
};
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const SLUG = /^[A-Za-z0-9_.-]{1,100}$/;
const VARIABLE = /^[A-Z_][A-Z0-9_]*$/;
/** Parses `alice` (a user) or `org/team-slug` (a team); a leading `@` is allowed. */
function parseReviewer(text, where, input) {
    const value = text.trim().replace(/^@/, '');
    const slash = value.indexOf('/');
    if (slash === -1) {
        if (LOGIN.test(value))
            return { type: 'User', login: value };
    }
    else {
        const org = value.slice(0, slash);
        const slug = value.slice(slash + 1);
        if (LOGIN.test(org) && SLUG.test(slug))
            return { type: 'Team', org, slug };
    }
    throw new errors/* ConfigurationError */.j(`${where}: '${text}' is not a reviewer. Write a user login (alice) or a team as org/team-slug (my-org/ml-approvers).`, input);
}
/** A variable name GitHub accepts: upper-case letters, digits and _, not starting with a digit or GITHUB_. */
function checkVariableName(name, where, input) {
    if (!VARIABLE.test(name) || name.startsWith('GITHUB_')) {
        throw new errors/* ConfigurationError */.j(`${where}: '${name}' is not a variable name GitHub accepts. Use upper-case letters, digits and _ (not starting with a digit or GITHUB_), for example AZURE_CLIENT_ID.`, input);
    }
    return name;
}
/** Checks a wait timer in minutes: a whole number from 0 to 43,200. */
function checkWaitTimer(value, where, input) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_WAIT_TIMER) {
        throw new errors/* ConfigurationError */.j(`${where}: ${JSON.stringify(value)} is not a wait timer. Give whole minutes from 0 to ${MAX_WAIT_TIMER} (30 days), for example 5.`, input);
    }
    return value;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkKeys(value, allowed, where, field) {
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key)) {
            throw new errors/* ConfigurationError */.j(`${where(field ? `${field}.${key}` : key)}: unknown field. Allowed here: ${allowed.join(', ')}.`);
        }
    }
}
function parseVariables(value, where, field) {
    if (value === undefined || value === null)
        return {};
    if (!isRecord(value)) {
        throw new errors/* ConfigurationError */.j(`${where(field)}: must be a mapping of NAME: value, for example AZURE_CLIENT_ID: 00000000-0000-0000-0000-000000000000.`);
    }
    const out = {};
    for (const [name, v] of Object.entries(value)) {
        checkVariableName(name, where(`${field}.${name}`));
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
            throw new errors/* ConfigurationError */.j(`${where(`${field}.${name}`)}: must be a text value, not ${JSON.stringify(v)}.`);
        }
        const text = String(v);
        if (text === '') {
            throw new errors/* ConfigurationError */.j(`${where(`${field}.${name}`)}: is empty. GitHub does not store empty variables: give a value or remove the line.`);
        }
        out[name] = text;
    }
    return out;
}
function parseBranches(value, where, field) {
    if (value === 'all')
        return { kind: 'all' };
    if (value === 'protected')
        return { kind: 'protected' };
    const fix = `Write all (any branch), protected (branches with protection rules) or a list of name patterns such as [main, release/*] (tag:v* for tags).`;
    if (!Array.isArray(value) || value.length === 0) {
        throw new errors/* ConfigurationError */.j(`${where(field)}: ${JSON.stringify(value)} is not a branch rule. ${fix}`);
    }
    const patterns = value.map((item, i) => {
        if (typeof item !== 'string' || item.trim() === '') {
            throw new errors/* ConfigurationError */.j(`${where(`${field}[${i}]`)}: ${JSON.stringify(item)} is not a name pattern. ${fix}`);
        }
        const tag = item.startsWith('tag:');
        return { name: (tag ? item.slice(4) : item).trim(), type: tag ? 'tag' : 'branch' };
    });
    const seen = new Set();
    for (const p of patterns) {
        const key = `${p.type}:${p.name}`;
        if (seen.has(key))
            throw new errors/* ConfigurationError */.j(`${where(field)}: '${p.name}' is listed twice. List each pattern once.`);
        seen.add(key);
    }
    return { kind: 'custom', patterns };
}
function parseReviewers(value, where, field) {
    if (!Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j(`${where(field)}: must be a list of user logins and org/team-slug teams, for example [alice, my-org/ml-approvers].`);
    }
    return value.map((item, i) => {
        if (typeof item !== 'string') {
            throw new errors/* ConfigurationError */.j(`${where(`${field}[${i}]`)}: ${JSON.stringify(item)} is not a login or org/team-slug.`);
        }
        return parseReviewer(item, where(`${field}[${i}]`));
    });
}
/**
 * Parses and checks the YAML config (`.github/mlops-environments.yml`). Every mistake is a
 * ConfigurationError naming the file, the field and the fix.
 */
function parseEnvironmentsConfig(text, file) {
    const document = (0,dist/* parseDocument */.Tp)(text);
    if (document.errors.length > 0) {
        const first = document.errors[0];
        throw new errors/* ConfigurationError */.j(`${file}: not valid YAML: ${first.message.split('\n')[0]}`);
    }
    const root = document.toJS() ?? {};
    const where = (field) => `${file}: ${field}`;
    if (!isRecord(root)) {
        throw new errors/* ConfigurationError */.j(`${file}: must be a mapping with 'variables' and 'environments' (see docs/environments.md).`);
    }
    checkKeys(root, ['variables', 'environments'], where, '');
    const config = {
        variables: parseVariables(root.variables, where, 'variables'),
        environments: {},
    };
    if (root.environments === undefined || root.environments === null)
        return config;
    if (!isRecord(root.environments)) {
        throw new errors/* ConfigurationError */.j(`${where('environments')}: must be a mapping with dev, preprod and/or prod.`);
    }
    for (const [name, value] of Object.entries(root.environments)) {
        const field = `environments.${name}`;
        if (!ENVIRONMENT_NAMES.includes(name)) {
            throw new errors/* ConfigurationError */.j(`${where(field)}: unknown environment. Use ${ENVIRONMENT_NAMES.join(', ')}.`);
        }
        const env = value ?? {};
        if (!isRecord(env))
            throw new errors/* ConfigurationError */.j(`${where(field)}: must be a mapping of settings.`);
        checkKeys(env, ['wait-timer', 'prevent-self-review', 'reviewers', 'branches', 'variables'], where, field);
        const parsed = {
            variables: parseVariables(env.variables, where, `${field}.variables`),
        };
        if (env['wait-timer'] !== undefined)
            parsed.waitTimer = checkWaitTimer(env['wait-timer'], where(`${field}.wait-timer`));
        if (env['prevent-self-review'] !== undefined) {
            if (typeof env['prevent-self-review'] !== 'boolean') {
                throw new errors/* ConfigurationError */.j(`${where(`${field}.prevent-self-review`)}: must be true or false.`);
            }
            parsed.preventSelfReview = env['prevent-self-review'];
        }
        if (env.reviewers !== undefined)
            parsed.reviewers = parseReviewers(env.reviewers, where, `${field}.reviewers`);
        if (env.branches !== undefined)
            parsed.branches = parseBranches(env.branches, where, `${field}.branches`);
        config.environments[name] = parsed;
    }
    return config;
}
/**
 * The wanted settings of each managed environment: the defaults (prod: reviewers, prevent-self-review,
 * a 5-minute wait; preprod and prod deploy from main only; dev from any branch), then the config file,
 * then the flags. `source` names the config file for messages.
 */
function resolveSettings(config, flags, source = 'the config file') {
    const names = flags.environments ?? [...ENVIRONMENT_NAMES];
    return names.map((name) => {
        const own = config?.environments[name];
        const settings = {
            name,
            ...DEFAULTS[name],
            reviewers: [],
            ...(own?.waitTimer !== undefined && { waitTimer: own.waitTimer }),
            ...(own?.preventSelfReview !== undefined && { preventSelfReview: own.preventSelfReview }),
            ...(own?.reviewers && { reviewers: own.reviewers }),
            ...(own?.branches && { branches: own.branches }),
            variables: {
                ...config?.variables,
                ...own?.variables,
                ...flags.variables,
            },
        };
        if (name === 'prod') {
            if (flags.reviewers)
                settings.reviewers = flags.reviewers;
            if (flags.waitTimer !== undefined)
                settings.waitTimer = flags.waitTimer;
            if (settings.reviewers.length === 0) {
                throw new errors/* ConfigurationError */.j(`prod needs at least one required reviewer: pass --reviewers alice,my-org/ml-approvers (input 'reviewers' of the action) or set environments.prod.reviewers in ${source}.`, 'reviewers');
            }
        }
        if (settings.reviewers.length > MAX_REVIEWERS) {
            throw new errors/* ConfigurationError */.j(`${name} has ${settings.reviewers.length} reviewers; GitHub allows at most ${MAX_REVIEWERS}. Use a team (org/team-slug) to cover more people.`, 'reviewers');
        }
        return settings;
    });
}
/** The standard variables an environment does not set (the workflows need them). */
function missingVariables(settings) {
    return STANDARD_VARIABLES.filter((name) => settings.variables[name] === undefined);
}

;// CONCATENATED MODULE: ./src/github/environments.ts




/** Parses `OWNER/NAME`; a mistake names `input` and shows the expected form. */
function parseRepo(text, input) {
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec((text ?? '').trim());
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new errors/* ConfigurationError */.j(`${input}: '${text ?? ''}' is not a repository. Expected OWNER/NAME, for example my-org/churn-model.`, input);
    }
    return { owner: match[1], repo: match[2].replace(/\.git$/, '') };
}
const enc = encodeURIComponent;
function environmentPath(repo, name) {
    return `/repos/${enc(repo.owner)}/${enc(repo.repo)}/environments/${enc(name)}`;
}
function reviewerName(ref) {
    return ref.type === 'User' ? ref.login : `${ref.org}/${ref.slug}`;
}
/** Resolves user logins and org/team slugs to ids (GET /users/{username}, GET /orgs/{org}/teams/{team_slug}). */
async function resolveReviewers(client, refs, cache = new Map()) {
    const out = [];
    for (const ref of refs) {
        const name = reviewerName(ref);
        const key = `${ref.type}:${name.toLowerCase()}`;
        let reviewer = cache.get(key);
        if (!reviewer) {
            try {
                if (ref.type === 'User') {
                    const { data } = await client.request('GET', `/users/${enc(ref.login)}`, { what: `look up the reviewer '${name}'` });
                    if (data.type && data.type !== 'User') {
                        throw new errors/* ConfigurationError */.j(`Reviewer '${name}' is ${data.type === 'Organization' ? 'an organization' : `a ${data.type}`}, not a user. Name a user, or a team as ${name}/team-slug.`, 'reviewers');
                    }
                    reviewer = { type: 'User', id: data.id, name: data.login };
                }
                else {
                    const { data } = await client.request('GET', `/orgs/${enc(ref.org)}/teams/${enc(ref.slug)}`, { what: `look up the reviewer team '${name}'` });
                    reviewer = { type: 'Team', id: data.id, name: `${ref.org}/${data.slug}` };
                }
            }
            catch (error) {
                if (error instanceof GitHubApiError && error.status === 404) {
                    throw new errors/* ConfigurationError */.j(ref.type === 'User'
                        ? `Reviewer '${name}': no GitHub user has this login. Check the spelling of --reviewers / reviewers.`
                        : `Reviewer team '${name}': the organization ${ref.org} has no team with the slug '${ref.slug}', or the token cannot see it (it needs Members: read on the organization). Use the team's slug as in https://github.com/orgs/${ref.org}/teams.`, 'reviewers');
                }
                throw error;
            }
            cache.set(key, reviewer);
        }
        out.push(reviewer);
    }
    return out;
}
/** Reads an environment, its custom branch policies and its variables; ABSENT when it does not exist. */
async function readEnvironment(client, repo, name) {
    const path = environmentPath(repo, name);
    let env;
    try {
        env = (await client.request('GET', path, { what: `read the environment ${name}` }))
            .data;
    }
    catch (error) {
        if (error instanceof GitHubApiError && error.status === 404) {
            // The repository itself must be visible, or every environment would look absent.
            await client.request('GET', `/repos/${enc(repo.owner)}/${enc(repo.repo)}/environments?per_page=1`, {
                what: `list the environments of ${repo.owner}/${repo.repo}`,
            });
            return { ...ABSENT };
        }
        throw error;
    }
    const rules = env.protection_rules ?? [];
    const reviewersRule = rules.find((r) => r.type === 'required_reviewers');
    const current = {
        exists: true,
        waitTimer: rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0,
        preventSelfReview: reviewersRule?.prevent_self_review ?? false,
        reviewers: (reviewersRule?.reviewers ?? [])
            .filter((r) => r.reviewer && r.type)
            .map((r) => ({
            type: r.type,
            id: r.reviewer.id,
            name: r.reviewer.login ?? r.reviewer.slug ?? String(r.reviewer.id),
        })),
        branchPolicy: env.deployment_branch_policy ?? null,
        branchPolicies: [],
        variables: {},
    };
    if (current.branchPolicy?.custom_branch_policies) {
        for (let page = 1;; page++) {
            const { data } = await client.request('GET', `${path}/deployment-branch-policies?per_page=100&page=${page}`, {
                what: `list the deployment branch policies of ${name}`,
            });
            for (const p of data.branch_policies)
                current.branchPolicies.push({ id: p.id, name: p.name, type: p.type ?? 'branch' });
            if (data.branch_policies.length === 0 || current.branchPolicies.length >= data.total_count)
                break;
        }
    }
    let seen = 0;
    for (let page = 1;; page++) {
        const { data } = await client.request('GET', `${path}/variables?per_page=30&page=${page}`, { what: `list the variables of ${name}` });
        for (const v of data.variables)
            current.variables[v.name] = v.value;
        seen += data.variables.length;
        if (data.variables.length === 0 || seen >= data.total_count)
            break;
    }
    return current;
}
/** Writes one planned item. */
async function applyChange(client, repo, change) {
    const path = environmentPath(repo, change.environment);
    switch (change.kind) {
        case 'environment':
            await client.request('PUT', path, {
                body: change.body,
                what: `${change.action} the environment ${change.environment}`,
            });
            return;
        case 'branch-policy':
            await client.request('POST', `${path}/deployment-branch-policies`, {
                body: { name: change.name, type: change.type },
                what: `add the deployment ${change.type} policy '${change.name}' to ${change.environment}`,
            });
            return;
        case 'variable':
            if (change.action === 'create') {
                await client.request('POST', `${path}/variables`, {
                    body: { name: change.name, value: change.value },
                    what: `create the variable ${change.name} in ${change.environment}`,
                });
            }
            else {
                await client.request('PATCH', `${path}/variables/${enc(change.name)}`, {
                    body: { name: change.name, value: change.value },
                    what: `update the variable ${change.name} in ${change.environment}`,
                });
            }
            return;
    }
}
/** Resolves reviewers, reads what exists and compares: reads only, never writes. */
async function planEnvironments(client, repo, settings) {
    const cache = new Map();
    const environments = [];
    for (const s of settings) {
        const desired = {
            ...s,
            reviewers: await resolveReviewers(client, s.reviewers, cache),
        };
        const current = await readEnvironment(client, repo, s.name);
        environments.push({
            name: s.name,
            desired,
            current,
            changes: planEnvironment(desired, current),
            missing: missingVariables(s),
        });
    }
    return { repository: `${repo.owner}/${repo.repo}`, environments };
}
/** Writes every create/update item of the plan, in order; `onWrite` hears each one once it is done. */
async function applyPlan(client, repo, plan, onWrite = () => { }) {
    const done = [];
    for (const env of plan.environments) {
        for (const change of writes(env.changes)) {
            await applyChange(client, repo, change);
            done.push(change);
            onWrite(change);
        }
    }
    return done;
}
/** All items of the plan, in order. */
function allChanges(plan) {
    return plan.environments.flatMap((e) => e.changes);
}
/** The plan as text lines, one block per environment; unchanged items are folded into one line. */
function renderPlanText(plan) {
    const lines = [];
    for (const env of plan.environments) {
        lines.push(`${env.name}:`);
        const unchanged = [];
        for (const change of env.changes) {
            if (change.action === 'unchanged') {
                unchanged.push(change.kind === 'environment'
                    ? 'settings'
                    : change.kind === 'variable'
                        ? change.name
                        : `${change.type} policy ${change.name}`);
            }
            else
                lines.push(`  ${describeChange(change, env.desired.reviewers)}`);
        }
        if (unchanged.length > 0)
            lines.push(`  = unchanged: ${unchanged.join(', ')}`);
        if (env.missing.length > 0)
            lines.push(`  ! not set (the workflows read them): ${env.missing.join(', ')}`);
    }
    const counts = countChanges(allChanges(plan));
    lines.push(`${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged.`);
    return `${lines.join('\n')}\n`;
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** The plan as a Markdown job summary. */
function renderPlanMarkdown(plan, applied) {
    const counts = countChanges(allChanges(plan));
    const out = [
        `## GitHub environments of ${plan.repository}`,
        '',
        applied
            ? `Applied: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged.`
            : `Dry run (nothing written): ${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged. Set \`apply: true\` to write.`,
        '',
        '| Environment | Item | Action | Detail |',
        '| --- | --- | --- | --- |',
    ];
    for (const env of plan.environments) {
        for (const c of env.changes) {
            const item = c.kind === 'environment'
                ? 'settings'
                : c.kind === 'variable'
                    ? `variable ${c.name}`
                    : `${c.type} policy ${c.name}`;
            const detail = c.kind === 'environment'
                ? c.action === 'update'
                    ? c.differences.join('; ')
                    : describeChange(c, env.desired.reviewers)
                        .replace(/^. [^(]*\(?/, '')
                        .replace(/\)$/, '')
                : c.kind === 'variable'
                    ? c.action === 'update'
                        ? `${c.previous} -> ${c.value}`
                        : c.value
                    : '';
            out.push(`| ${env.name} | ${escapeCell(item)} | ${c.action} | ${escapeCell(detail)} |`);
        }
        if (env.missing.length > 0)
            out.push(`| ${env.name} | ${env.missing.join(', ')} | not set | the workflows read these |`);
    }
    return `${out.join('\n')}\n`;
}
/** The plan as JSON (for `--json` and the action's `plan` output). */
function planToJson(plan) {
    return {
        repository: plan.repository,
        counts: countChanges(allChanges(plan)),
        changes: allChanges(plan),
        missing: Object.fromEntries(plan.environments.map((e) => [e.name, e.missing])),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/bounded-read.ts
var bounded_read = __webpack_require__(32091);
;// CONCATENATED MODULE: ./src/github/environments-settings.ts





/** Where the config is looked for when none is named. */
const DEFAULT_CONFIG = '.github/mlops-environments.yml';
/**
 * Reads the config file (the named one, else DEFAULT_CONFIG under `cwd` when it exists) and applies
 * the options over it. Every mistake is a ConfigurationError naming the option or the file's field.
 */
function settingsFromOptions(raw, names, cwd) {
    let configFile;
    if (raw.config !== undefined) {
        configFile = (0,external_node_path_.isAbsolute)(raw.config) ? raw.config : (0,external_node_path_.resolve)(cwd, raw.config);
        if (!(0,external_node_fs_.existsSync)(configFile)) {
            throw new errors/* ConfigurationError */.j(`${names.config}: ${raw.config} does not exist. Point it at a YAML file such as ${DEFAULT_CONFIG} (see docs/environments.md).`, names.config);
        }
    }
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, DEFAULT_CONFIG))) {
        configFile = (0,external_node_path_.resolve)(cwd, DEFAULT_CONFIG);
    }
    const shown = configFile ? (0,external_node_path_.relative)(cwd, configFile) || configFile : undefined;
    const config = configFile
        ? parseEnvironmentsConfig((0,bounded_read/* readBoundedTextSync */.QW)(configFile, names.config, bounded_read/* MAX_SETTINGS_YAML_BYTES */.f2, names.config), shown)
        : undefined;
    const flags = {};
    if (raw.environments !== undefined) {
        const list = raw.environments
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        const bad = list.filter((n) => !ENVIRONMENT_NAMES.includes(n));
        if (list.length === 0 || bad.length > 0) {
            throw new errors/* ConfigurationError */.j(`${names.environments}: '${raw.environments}' must be a comma-separated list of ${ENVIRONMENT_NAMES.join(', ')}.`, names.environments);
        }
        flags.environments = ENVIRONMENT_NAMES.filter((n) => list.includes(n));
    }
    if (raw.reviewers !== undefined) {
        const items = raw.reviewers
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        if (items.length === 0) {
            throw new errors/* ConfigurationError */.j(`${names.reviewers}: give at least one login or org/team-slug, for example alice,my-org/ml-approvers.`, names.reviewers);
        }
        flags.reviewers = items.map((item) => parseReviewer(item, names.reviewers, names.reviewers));
    }
    if (raw.waitTimer !== undefined) {
        const n = /^\d+$/.test(raw.waitTimer.trim()) ? Number(raw.waitTimer.trim()) : raw.waitTimer;
        flags.waitTimer = checkWaitTimer(n, names.waitTimer, names.waitTimer);
    }
    const variables = {};
    for (const [key, variable] of [
        ['clientId', 'AZURE_CLIENT_ID'],
        ['tenantId', 'AZURE_TENANT_ID'],
        ['subscriptionId', 'AZURE_SUBSCRIPTION_ID'],
        ['resourceGroup', 'AZUREML_RESOURCE_GROUP'],
    ]) {
        const value = raw[key]?.trim();
        if (value === undefined)
            continue;
        if (value === '')
            throw new errors/* ConfigurationError */.j(`${names[key]}: is empty; give the ${variable} value.`, names[key]);
        variables[variable] = value;
    }
    if (Object.keys(variables).length > 0)
        flags.variables = variables;
    return {
        settings: resolveSettings(config, flags, shown ?? DEFAULT_CONFIG),
        ...(configFile && { configFile }),
    };
}

// EXTERNAL MODULE: ./src/actions/shared/path-inputs.ts
var path_inputs = __webpack_require__(55746);
;// CONCATENATED MODULE: ./src/actions/setup-environments/inputs.ts







function optional(name) {
    const v = core/* getInput */.V4(name).trim();
    return v === '' ? undefined : v;
}
/** Parses and validates the inputs; every mistake is a ConfigurationError naming its input and the fix. */
async function getInputs() {
    const token = core/* getInput */.V4('token').trim();
    if (token === '') {
        throw new errors/* ConfigurationError */.j("Input 'token' is required: give a personal access token or GitHub App token with Administration: write on the repository, for example token: ${{ secrets.ENVIRONMENTS_ADMIN_TOKEN }}. The workflow's GITHUB_TOKEN cannot create environments.", 'token');
    }
    core/* setSecret */.Pq(token);
    const repoText = optional('repo') ?? process.env.GITHUB_REPOSITORY;
    const repo = parseRepo(repoText, "Input 'repo'");
    core/* debug */.Yz(`repo = ${repo.owner}/${repo.repo}`);
    const applyText = (optional('apply') ?? 'false').toLowerCase();
    if (applyText !== 'true' && applyText !== 'false') {
        throw new errors/* ConfigurationError */.j(`Input 'apply': '${optional('apply')}' is not true or false.`, 'apply');
    }
    const apply = applyText === 'true';
    core/* debug */.Yz(`apply = ${apply}`);
    // The settings file, named or found at DEFAULT_CONFIG, must stay in the workspace once symlinks are resolved.
    const hint = `Keep the settings in the repository, e.g. ${DEFAULT_CONFIG}.`;
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const configValue = optional('config');
    let config;
    if (configValue !== undefined)
        config = await (0,path_inputs/* insideFile */.no)('config', configValue, hint);
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, DEFAULT_CONFIG)))
        config = await (0,path_inputs/* insideFile */.no)('config', DEFAULT_CONFIG, hint);
    const { settings, configFile } = settingsFromOptions({ config, reviewers: optional('reviewers') }, {
        config: "Input 'config'",
        reviewers: "Input 'reviewers'",
        waitTimer: "Input 'wait-timer'",
        environments: "Input 'environments'",
        clientId: "Input 'client-id'",
        tenantId: "Input 'tenant-id'",
        subscriptionId: "Input 'subscription-id'",
        resourceGroup: "Input 'resource-group'",
    }, process.env.GITHUB_WORKSPACE || process.cwd());
    core/* debug */.Yz(`config = ${configFile ?? '(none: defaults)'}`);
    const apiUrl = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    return { repo, ...(configFile && { configFile }), settings, apply, token, apiUrl };
}

;// CONCATENATED MODULE: ./src/actions/setup-environments/main.ts





/** setup-environments: plans (and with `apply: true` writes) the GitHub environments dev, preprod and prod. */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', async () => getInputs());
    const client = createGitHubClient({ apiUrl: inputs.apiUrl, token: inputs.token });
    const repository = `${inputs.repo.owner}/${inputs.repo.repo}`;
    const plan = await core/* group */.Os(`Plan the environments of ${repository}`, async () => {
        const plan = await planEnvironments(client, inputs.repo, inputs.settings);
        core/* info */.pq(renderPlanText(plan).trimEnd());
        for (const env of plan.environments) {
            if (env.missing.length > 0)
                core/* warning */.$e(`${env.name}: ${env.missing.join(', ')} not set; the deployment workflows read them.`);
        }
        return plan;
    });
    const counts = countChanges(allChanges(plan));
    let written = 0;
    if (inputs.apply) {
        await core/* group */.Os('Apply', async () => {
            const done = await applyPlan(client, inputs.repo, plan, (change) => core/* info */.pq(`wrote ${change.environment}: ${describeChange(change).slice(2)}`));
            written = done.length;
            core/* info */.pq(`${written} change(s) written.`);
        });
    }
    else {
        core/* info */.pq(`Dry run: nothing was written (${counts.create + counts.update} change(s) planned). Set apply: true to write them.`);
    }
    core/* setOutput */.uH('plan', JSON.stringify({ applied: inputs.apply, ...planToJson(plan) }));
    core/* setOutput */.uH('changes', String(inputs.apply ? written : counts.create + counts.update));
    await core/* summary */.z.addRaw(renderPlanMarkdown(plan, inputs.apply)).write();
}

;// CONCATENATED MODULE: ./src/actions/setup-environments/index.ts
// The function the setup-environments action's step runs (src/actions/index.ts runs it).



/***/ }),

/***/ 55746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ inputRoots),
/* harmony export */   Tc: () => (/* binding */ existingDir),
/* harmony export */   _h: () => (/* binding */ existingFile),
/* harmony export */   h$: () => (/* binding */ insideOutputPath),
/* harmony export */   m0: () => (/* binding */ insideDir),
/* harmony export */   n5: () => (/* binding */ requireInsideRoots),
/* harmony export */   no: () => (/* binding */ insideFile),
/* harmony export */   qL: () => (/* binding */ resolveInputPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);




/** Resolves a path input against GITHUB_WORKSPACE (where the runner starts steps), else the working directory. */
function resolveInputPath(value, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || process.cwd(), value);
}
async function kindOf(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
    }
    catch {
        return 'missing';
    }
}
async function existing(input, value, want, fix, env) {
    const path = resolveInputPath(value, env);
    const kind = await kindOf(path);
    if (kind === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${input}': ${path} does not exist. Check the path (relative paths start at the workspace).`, input);
    }
    if (kind !== want)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${input}': ${path} ${fix}`, input);
    return path;
}
/** The absolute path of an existing folder named by input `input`; a ConfigurationError otherwise. */
function existingDir(input, value, what = 'the folder that holds the files', env = process.env) {
    return existing(input, value, 'dir', `is not a directory. Point it at ${what}.`, env);
}
/** The absolute path of an existing regular file named by input `input`; a ConfigurationError otherwise. */
function existingFile(input, value, env = process.env) {
    return existing(input, value, 'file', 'is not a regular file. Point it at a file.', env);
}
/**
 * Refuses a path that, symlinks resolved, lies outside every one of `roots` (unset roots are skipped;
 * with none set, anything goes). `hint` tells the user where the path should be.
 */
async function requireInsideRoots(input, path, roots, hint) {
    await checkInside(input, path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path), roots, hint);
}
async function checkInside(input, path, real, roots, hint) {
    const set = roots.filter((r) => !!r);
    if (set.length === 0)
        return;
    const realRoots = await Promise.all(set.map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(r).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(r))));
    if (!realRoots.some((r) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(r, real))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${input}': ${path} is outside the workspace ${set[0]}. ${hint}`, input);
    }
}
/** Where every path input may point: the workspace and the runner's temp folder (unset ones are skipped). */
function inputRoots(env = process.env) {
    return [env.GITHUB_WORKSPACE, env.RUNNER_TEMP];
}
const INSIDE_HINT = 'Keep the file in the repository (or below RUNNER_TEMP), not elsewhere on the runner.';
/** existingFile, then requireInsideRoots(inputRoots()): symlinks resolved, it must stay in the workspace or RUNNER_TEMP. */
async function insideFile(input, value, hint = INSIDE_HINT, env = process.env) {
    const path = await existingFile(input, value, env);
    await requireInsideRoots(input, path, inputRoots(env), hint);
    return path;
}
/** existingDir, then requireInsideRoots(inputRoots()): symlinks resolved, it must stay in the workspace or RUNNER_TEMP. */
async function insideDir(input, value, hint = INSIDE_HINT.replace('the file', 'the folder'), env = process.env) {
    const path = await existingDir(input, value, undefined, env);
    await requireInsideRoots(input, path, inputRoots(env), hint);
    return path;
}
/**
 * The absolute path of a folder an action will write (it need not exist yet): its deepest existing ancestor,
 * symlinks resolved, must lie in the workspace or RUNNER_TEMP, so a link cannot send the output elsewhere.
 */
async function insideOutputPath(input, value, hint, env = process.env) {
    const path = resolveInputPath(value, env);
    const missing = [];
    let at = path;
    for (;;) {
        try {
            const real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at), ...missing);
            await checkInside(input, path, real, inputRoots(env), hint);
            return path;
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
                throw error;
        }
        missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(at));
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
    }
}


/***/ }),

/***/ 32091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ readBoundedText),
/* harmony export */   QW: () => (/* binding */ readBoundedTextSync),
/* harmony export */   f2: () => (/* binding */ MAX_SETTINGS_YAML_BYTES),
/* harmony export */   lj: () => (/* binding */ MAX_JSON_INPUT_BYTES)
/* harmony export */ });
/* unused harmony export formatCap */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * The largest JSON or YAML file an input names or a model folder holds (metrics files, package manifests, MLmodel).
 * A metrics file is a few hundred bytes, a manifest of 10,000 files about 1.5 MB; the CLI v2 YAML files
 * deploy-endpoint reads have their own, smaller cap (MAX_YAML_BYTES in src/deploy/yaml-reader.ts).
 */
const MAX_JSON_INPUT_BYTES = 4 * 1024 * 1024;
/** The largest settings YAML (setup-environments `config`): a few dozen lines in practice. */
const MAX_SETTINGS_YAML_BYTES = 256 * 1024;
/** `256 KiB`, `4 MiB`: how messages show a cap. */
function formatCap(bytes) {
    if (bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}
/** How messages name the input: `Input 'metrics-file'`, or a CLI flag's `--config`. */
const labelOf = (input, label) => label ?? `Input '${input}'`;
function tooBig(input, path, size, cap, label) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${labelOf(input, label)}: ${path} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the ${formatCap(cap)} ` +
        `this input accepts. Point it at the right file, or keep the file under ${formatCap(cap)}.`, input);
}
// O_NONBLOCK: opening a FIFO never waits for a writer (a regular file ignores the flag); it is refused below.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function notAFile(input, path, label) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${labelOf(input, label)}: ${path} is not a regular file (a folder, FIFO or device). Point it at a file.`, input);
}
/** Refuses, before a byte is read, what the open file's stat shows is no regular file or is over the cap. */
function checkOpened(info, input, path, cap, label) {
    if (!info.isFile())
        throw notAFile(input, path, label);
    if (info.size > cap)
        throw tooBig(input, path, info.size, cap, label);
}
function unreadable(input, path, error, label) {
    const code = error.code ?? String(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${labelOf(input, label)}: cannot read ${path} (${code}).`, input);
}
/**
 * Reads a UTF-8 text file named by input `input`, at most `cap` bytes: a larger file (or one that grows while
 * read) is a ConfigurationError naming the input, the file and the cap, and nothing past the cap is read.
 * `label` replaces `Input '<input>'` in messages (a CLI names its flag).
 */
async function readBoundedText(path, input, cap, label) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, OPEN_FLAGS);
    }
    catch (error) {
        throw unreadable(input, path, error, label);
    }
    try {
        checkOpened(await handle.stat(), input, path, cap, label);
        const buffer = Buffer.alloc(cap + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > cap)
                throw tooBig(input, path, undefined, cap, label);
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** readBoundedText for synchronous callers (settings read by the CLI and setup-environments). */
function readBoundedTextSync(path, input, cap, label) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS);
    }
    catch (error) {
        throw unreadable(input, path, error, label);
    }
    try {
        checkOpened((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), input, path, cap, label);
        const buffer = Buffer.alloc(cap + 1);
        let length = 0;
        for (;;) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > cap)
                throw tooBig(input, path, undefined, cap, label);
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Whether `target` is `root` or below it (both absolute, already resolved). */
function isInside(root, target) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, target);
    return (rel === '' || (rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)));
}


/***/ })

};
