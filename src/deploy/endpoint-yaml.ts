// An Azure ML CLI v2 online endpoint file, read as azure-ai-ml reads it (_schema/_endpoint/endpoint.py,
// _schema/_endpoint/online/online_endpoint.py: ManagedOnlineEndpointSchema) and mapped to the OnlineEndpoint body as
// its _to_rest_online_endpoint does. docs/cli-yaml.md lists every key.
import type { ManagedServiceIdentityBody, ManagedServiceIdentityType } from '../azureml/arm-models.js';
import type { EndpointFile } from './cli-yaml.js';
import { loadYaml, type KeyPath, type YamlObject, type YamlReader } from './yaml-reader.js';

const KEYS = [
  '$schema',
  'name',
  'description',
  'tags',
  'properties',
  'auth_mode',
  'identity',
  'public_network_access',
];

/** Keys the CLI knows that deploy-endpoint refuses, with the reason (never dropped silently). */
const REFUSED: Record<string, string> = {
  traffic:
    'deploy-endpoint never moves traffic from a file: set the traffic input (or mirror) of this action, or move it with the promote action. Remove traffic from the file.',
  mirror_traffic:
    'deploy-endpoint never moves traffic from a file: set the mirror input of this action, or use the promote action. Remove mirror_traffic from the file.',
  compute:
    'compute names the Azure Arc-enabled Kubernetes compute of a Kubernetes online endpoint; deploy-endpoint deploys managed online endpoints only. Remove it.',
  kind: 'kind is set by Azure (the CLI refuses it on load too). Remove it.',
  location: "the endpoint is created in the workspace's region (as az ml does). Remove location.",
  id: 'id is read-only, set by Azure. Remove it.',
  provisioning_state: 'provisioning_state is read-only, set by Azure. Remove it.',
  scoring_uri: 'scoring_uri is read-only, set by Azure. Remove it.',
  openapi_uri: 'openapi_uri is read-only, set by Azure. Remove it.',
};

const AUTH_MODES = { key: 'Key', aml_token: 'AMLToken', aad_token: 'AADToken' } as const;
const NETWORK = { enabled: 'Enabled', disabled: 'Disabled' } as const;
/** identity.type as IdentitySchema takes it (snake case) -> ManagedServiceIdentityType. */
const IDENTITY_TYPES: Record<string, ManagedServiceIdentityType> = {
  system_assigned: 'SystemAssigned',
  user_assigned: 'UserAssigned',
  'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
  none: 'None',
};
const USER_IDENTITY_ID =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i;

/**
 * `identity:` -> ManagedServiceIdentity. user_assigned_identities is a list of `{resource_id: <ARM id>}` (the
 * examples' shape, managed-identities/1-uai-create-endpoint.yml) or of ARM ids (the reference table's wording);
 * each id maps to `{}` in the request, as the CLI's _to_online_endpoint_rest_object sends it.
 */
export function readIdentity(reader: YamlReader, value: unknown, path: KeyPath): ManagedServiceIdentityBody {
  const obj = reader.object(value, path);
  reader.keys(obj, path, ['type', 'user_assigned_identities']);
  const raw = reader.string(obj, path, 'type');
  if (raw === undefined) reader.fail([...path, 'type'], 'required: system_assigned or user_assigned.');
  const type = IDENTITY_TYPES[raw.toLowerCase().replace(/\s+/g, '')];
  if (!type) reader.fail([...path, 'type'], `expected one of ${Object.keys(IDENTITY_TYPES).join(', ')}.`);
  const ids: string[] = [];
  const list = obj.user_assigned_identities;
  if (list !== undefined && list !== null) {
    if (!Array.isArray(list)) reader.fail([...path, 'user_assigned_identities'], 'expected a list.');
    list.forEach((item: unknown, i) => {
      const at = [...path, 'user_assigned_identities', i];
      let id: string | undefined;
      let key: KeyPath = at;
      if (typeof item === 'string') id = item.trim();
      else {
        const entry = reader.object(item, at);
        reader.keys(entry, at, ['resource_id']);
        key = [...at, 'resource_id'];
        id = reader.string(entry, at, 'resource_id');
      }
      if (!id || !USER_IDENTITY_ID.test(id)) {
        reader.fail(
          key,
          'expected the ARM id of a user-assigned identity: /subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>.',
        );
      }
      ids.push(id);
    });
  }
  const wantsUser = type.includes('UserAssigned');
  if (wantsUser && ids.length === 0)
    reader.fail([...path, 'type'], `${raw} needs user_assigned_identities: list the identities' ARM ids.`);
  if (!wantsUser && ids.length > 0)
    reader.fail(
      [...path, 'user_assigned_identities'],
      `only allowed with type user_assigned (type is ${raw}).`,
    );
  return {
    type,
    ...(ids.length > 0 ? { userAssignedIdentities: Object.fromEntries(ids.map((id) => [id, {}])) } : {}),
  };
}

/** Reads an endpoint YAML of the Azure ML CLI v2. */
export async function readEndpointFile(path: string, input = 'endpoint-file'): Promise<EndpointFile> {
  const { root, reader } = await loadYaml(path, input);
  return endpointFromYaml(root, reader);
}

/** The endpoint settings of a parsed file (exported for unit tests of one key at a time). */
export function endpointFromYaml(root: YamlObject, reader: YamlReader): EndpointFile {
  reader.keys(root, [], KEYS, REFUSED);
  const identity =
    root.identity === undefined || root.identity === null
      ? undefined
      : readIdentity(reader, root.identity, ['identity']);
  return {
    name: reader.string(root, [], 'name'),
    authMode: reader.choice(root, [], 'auth_mode', AUTH_MODES),
    description: reader.string(root, [], 'description'),
    tags: reader.stringMap(root, [], 'tags'),
    properties: reader.stringMap(root, [], 'properties'),
    ...(identity ? { identity } : {}),
    publicNetworkAccess: reader.choice(root, [], 'public_network_access', NETWORK),
    where: {
      file: reader.file,
      lines: { ...(reader.lineOf(['name'], true) ? { name: reader.lineOf(['name'])! } : {}) },
    },
  };
}
