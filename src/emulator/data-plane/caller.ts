// Who calls the data plane: an ARM principal (the same bearer token and roles as ARM: reading runs is
// workspaces/experiments/runs/read, logging to them .../write), or a running job with its own MLflow token, which
// opens its own run and nothing else.
import type { IncomingMessage } from 'node:http';
import { ArmError } from '../arm-error.js';
import { PROVIDER } from '../arm-path.js';
import type { RunGrant, RunTokens } from '../jobs/run-tokens.js';
import { authorizationFailedMessage, roleAllows, roleOn, type Principal } from '../principals.js';
import { authenticate } from '../request-checks.js';

export type Caller = { principal: Principal } | { grant: RunGrant };

export const RUNS_READ = `${PROVIDER}/workspaces/experiments/runs/read`;
export const RUNS_WRITE = `${PROVIDER}/workspaces/experiments/runs/write`;

/** The caller of a request; ARM's 401 when its token is neither a principal's nor a running job's. */
export function callerOf(
  req: IncomingMessage,
  principals: Map<string, Principal>,
  tokens: RunTokens,
): Caller {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  const grant = bearer ? tokens.lookup(bearer) : undefined;
  if (grant) return { grant };
  return { principal: authenticate(req, principals) };
}

/** 403 unless the caller may do `action` on run `runId` of `workspace`. */
export function authorize(
  caller: Caller,
  workspace: string,
  runId: string,
  action: string,
  scope: string,
): void {
  if ('grant' in caller) {
    if (caller.grant.workspace === workspace.toLowerCase() && caller.grant.runId === runId) return;
    throw new ArmError(
      403,
      'AuthorizationFailed',
      `The job's token opens its own run '${caller.grant.runId}' only, not run '${runId}' of workspace '${workspace}'.`,
    );
  }
  if (!roleAllows(roleOn(caller.principal, workspace), action)) {
    throw new ArmError(
      403,
      'AuthorizationFailed',
      authorizationFailedMessage(caller.principal, action, scope),
    );
  }
}
