import { randomBytes } from 'node:crypto';

/** What a role lets a principal do in one workspace. */
export type Role = 'Owner' | 'AzureML Data Scientist' | 'Reader';

export interface Principal {
  name: string;
  objectId: string;
  /** Role per workspace name (lower case); `*`: every workspace of the resource group. No entry: no access. */
  roles: Record<string, Role>;
}

export const DEFAULT_WORKSPACES = ['dev', 'preprod', 'prod'];

/** The default principals: who may do what where, as a team's Azure RBAC would have it. */
export function defaultPrincipals(): Principal[] {
  const all = (role: Role): Record<string, Role> =>
    Object.fromEntries(DEFAULT_WORKSPACES.map((w) => [w, role]));
  return [
    { name: 'admin', objectId: '00000000-0000-4000-a000-000000000001', roles: { '*': 'Owner' } },
    {
      name: 'data-scientist',
      objectId: '00000000-0000-4000-a000-000000000002',
      roles: { dev: 'AzureML Data Scientist' },
    },
    {
      name: 'ml-engineer',
      objectId: '00000000-0000-4000-a000-000000000003',
      roles: all('AzureML Data Scientist'),
    },
    { name: 'reader', objectId: '00000000-0000-4000-a000-000000000004', roles: all('Reader') },
  ];
}

/** A new opaque bearer token. */
export function newToken(): string {
  return `mlops-emu.${randomBytes(24).toString('base64url')}`;
}

/** The principal's role on a workspace (undefined: none). */
export function roleOn(principal: Principal, workspace: string): Role | undefined {
  return principal.roles[workspace.toLowerCase()] ?? principal.roles['*'];
}

/**
 * Whether `role` allows `action` (an Azure RBAC action such as
 * `Microsoft.MachineLearningServices/workspaces/models/versions/write`), after the built-in roles:
 * Reader reads only (no listSecrets); AzureML Data Scientist works with assets, jobs and datastore secrets but
 * cannot write or delete the workspace itself nor create or delete computes; Owner does everything.
 */
export function roleAllows(role: Role | undefined, action: string): boolean {
  if (!role) return false;
  if (role === 'Owner') return true;
  if (role === 'Reader') return action.endsWith('/read');
  // The built-in AzureML Data Scientist role's NotActions: the workspace itself, and creating or deleting computes.
  return !/^Microsoft\.MachineLearningServices\/workspaces\/((write|delete)|computes\/(write|delete))$/.test(
    action,
  );
}

/** ARM's 403 message for a principal without the action at the scope. */
export function authorizationFailedMessage(principal: Principal, action: string, scope: string): string {
  return (
    `The client '${principal.name}' with object id '${principal.objectId}' does not have authorization to perform ` +
    `action '${action}' over scope '${scope}' or the scope is invalid. ` +
    'If access was recently granted, please refresh your credentials.'
  );
}
