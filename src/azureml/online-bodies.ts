// The PUT bodies of online endpoints and deployments (OnlineEndpoint, OnlineDeployment at AZUREML_API_VERSION),
// built from what the actions want: pure functions, tested without a server.
import type {
  DataCollector,
  ManagedServiceIdentity,
  ManagedServiceIdentityBody,
  OnlineDeploymentBody,
  OnlineEndpoint,
  OnlineEndpointBody,
  OnlineRequestSettings,
  OnlineScaleSettings,
  ProbeSettings,
} from './arm-models.js';

/** A traffic (or mirror traffic) map: deployment name -> percent. */
export type TrafficShares = Record<string, number>;

/** A traffic write: both maps, and tag changes made in the same PUT (a string sets a tag, null removes it). */
export interface TrafficUpdate {
  traffic: TrafficShares;
  mirrorTraffic: TrafficShares;
  tags?: Record<string, string | null>;
}

/**
 * An endpoint's settings from an endpoint file; undefined where the file is silent. A new endpoint is created with
 * them (auth Key and a system-assigned identity by default, as `az ml` creates it); an existing one has them merged
 * in (see endpointSettingsBody).
 */
export interface EndpointSettings {
  authMode?: 'Key' | 'AMLToken' | 'AADToken';
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  identity?: ManagedServiceIdentityBody;
  publicNetworkAccess?: 'Enabled' | 'Disabled';
}

/** What a managed deployment is created (or updated) with. */
export interface DeploymentSpec {
  /** The model version's ARM id or registry id; undefined for a custom container without a model. */
  model?: string;
  codeId?: string;
  scoringScript?: string;
  environmentId?: string;
  instanceType: string;
  instanceCount: number;
  environmentVariables: Record<string, string>;
  /** ISO 8601 durations and counts, as the API takes them. */
  requestSettings?: OnlineRequestSettings;
  readinessProbe?: ProbeSettings;
  livenessProbe?: ProbeSettings;
  scaleSettings?: OnlineScaleSettings;
  dataCollector?: DataCollector;
  appInsightsEnabled?: boolean;
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled';
  modelMountPath?: string;
  description?: string;
  tags: Record<string, string>;
  properties?: Record<string, string>;
}

/** Integer percent maps (traffic, mirrorTraffic); anything else in them is ignored. */
export function percentMap(value: Record<string, number> | null | undefined): TrafficShares {
  const out: TrafficShares = {};
  for (const [k, v] of Object.entries(value ?? {})) if (typeof v === 'number') out[k] = v;
  return out;
}

/** An identity as it may be sent back: its type and user-assigned ids (their principal and client ids are read-only). */
function identityBody(identity: ManagedServiceIdentity): ManagedServiceIdentityBody {
  const assigned = Object.keys(identity.userAssignedIdentities ?? {});
  return {
    type: identity.type,
    ...(assigned.length > 0
      ? { userAssignedIdentities: Object.fromEntries(assigned.map((id) => [id, {}])) }
      : {}),
  };
}

/**
 * The PUT body that keeps an endpoint as it is but for its traffic maps: every writable property read back,
 * the read-only ones (id, name, type, systemData, provisioningState, scoringUri, swaggerUri) and the
 * create-only `keys` left out.
 */
export function endpointUpdateBody(current: OnlineEndpoint, maps: TrafficUpdate): OnlineEndpointBody {
  const p = current.properties;
  const tags: Record<string, string> = { ...(current.tags ?? {}) };
  for (const [k, v] of Object.entries(maps.tags ?? {})) {
    if (v === null) delete tags[k];
    else tags[k] = v;
  }
  return {
    location: current.location,
    ...(current.tags || maps.tags ? { tags } : {}),
    ...(current.identity ? { identity: identityBody(current.identity) } : {}),
    ...(current.kind ? { kind: current.kind } : {}),
    ...(current.sku?.name ? { sku: current.sku } : {}),
    properties: {
      authMode: p.authMode,
      ...(typeof p.description === 'string' ? { description: p.description } : {}),
      ...(p.properties ? { properties: p.properties } : {}),
      ...(typeof p.compute === 'string' ? { compute: p.compute } : {}),
      ...(p.publicNetworkAccess ? { publicNetworkAccess: p.publicNetworkAccess } : {}),
      traffic: maps.traffic,
      mirrorTraffic: maps.mirrorTraffic,
    },
  };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * An existing endpoint with an endpoint file's settings merged in, as `az ml online-endpoint update --file` merges
 * (azure-ai-ml Endpoint._merge_with): a key the file gives replaces the current value, tags and properties are
 * added to (properties can only be added, per the spec), keys the file does not give stay. Traffic stays.
 * Returns the body and the file keys that change it.
 */
export function endpointSettingsBody(
  current: OnlineEndpoint,
  settings: EndpointSettings,
): { body: OnlineEndpointBody; changed: string[] } {
  const body = endpointUpdateBody(current, {
    traffic: percentMap(current.properties.traffic),
    mirrorTraffic: percentMap(current.properties.mirrorTraffic),
  });
  const changed: string[] = [];
  const p = body.properties;
  if (settings.authMode && settings.authMode !== p.authMode) {
    p.authMode = settings.authMode;
    changed.push('auth_mode');
  }
  if (settings.description !== undefined && settings.description !== p.description) {
    p.description = settings.description;
    changed.push('description');
  }
  if (settings.publicNetworkAccess && settings.publicNetworkAccess !== (p.publicNetworkAccess ?? 'Enabled')) {
    p.publicNetworkAccess = settings.publicNetworkAccess;
    changed.push('public_network_access');
  }
  const tags = { ...(body.tags ?? {}), ...settings.tags };
  if (!sameJson(tags, { ...(body.tags ?? {}) })) {
    body.tags = tags;
    changed.push('tags');
  }
  const properties = { ...(p.properties ?? {}), ...settings.properties };
  if (!sameJson(properties, { ...(p.properties ?? {}) })) {
    p.properties = properties;
    changed.push('properties');
  }
  if (settings.identity && !sameJson(settings.identity, body.identity)) {
    body.identity = settings.identity;
    changed.push('identity');
  }
  return { body, changed };
}

/** The PUT body of a new endpoint: no traffic; auth Key and a system-assigned identity unless the file says otherwise. */
export function newEndpointBody(location: string, settings: EndpointSettings): OnlineEndpointBody {
  return {
    location,
    tags: settings.tags,
    // The CLI's default (ManagedOnlineEndpoint: "If not set, identity defaults to SystemAssigned").
    identity: settings.identity ?? { type: 'SystemAssigned' },
    properties: {
      authMode: settings.authMode ?? 'Key',
      ...(settings.description !== undefined ? { description: settings.description } : {}),
      ...(Object.keys(settings.properties).length > 0 ? { properties: settings.properties } : {}),
      ...(settings.publicNetworkAccess ? { publicNetworkAccess: settings.publicNetworkAccess } : {}),
      traffic: {},
    },
  };
}

/** The PUT body of a managed deployment. */
export function deploymentBody(location: string, spec: DeploymentSpec): OnlineDeploymentBody {
  return {
    location,
    tags: spec.tags,
    sku: { name: 'Default', capacity: spec.instanceCount },
    properties: {
      endpointComputeType: 'Managed',
      ...(spec.model ? { model: spec.model } : {}),
      ...(spec.codeId
        ? { codeConfiguration: { codeId: spec.codeId, scoringScript: spec.scoringScript ?? 'score.py' } }
        : {}),
      ...(spec.environmentId ? { environmentId: spec.environmentId } : {}),
      instanceType: spec.instanceType,
      environmentVariables: spec.environmentVariables,
      ...(spec.requestSettings ? { requestSettings: spec.requestSettings } : {}),
      ...(spec.readinessProbe ? { readinessProbe: spec.readinessProbe } : {}),
      ...(spec.livenessProbe ? { livenessProbe: spec.livenessProbe } : {}),
      ...(spec.scaleSettings ? { scaleSettings: spec.scaleSettings } : {}),
      ...(spec.dataCollector ? { dataCollector: spec.dataCollector } : {}),
      ...(spec.appInsightsEnabled !== undefined ? { appInsightsEnabled: spec.appInsightsEnabled } : {}),
      ...(spec.egressPublicNetworkAccess
        ? { egressPublicNetworkAccess: spec.egressPublicNetworkAccess }
        : {}),
      ...(spec.modelMountPath ? { modelMountPath: spec.modelMountPath } : {}),
      ...(spec.properties && Object.keys(spec.properties).length > 0 ? { properties: spec.properties } : {}),
      ...(spec.description !== undefined ? { description: spec.description } : {}),
    },
  };
}
