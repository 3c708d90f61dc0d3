import { createSerializer, type CompositeMapper } from '@azure/core-client';
// The SDK's own wire models: a body its serializer rejects is one the real service rejects too.
import * as Mappers from '@azure/arm-machinelearning/dist-esm/src/models/mappers.js';
import { badRequest } from './arm-error.js';
import type { AssetKind } from './state.js';

const serializer = createSerializer(Mappers as unknown as Record<string, CompositeMapper>, false);

const VERSION_MAPPERS: Record<AssetKind, CompositeMapper> = {
  models: Mappers.ModelVersion,
  codes: Mappers.CodeVersion,
  environments: Mappers.EnvironmentVersion,
};
const CONTAINER_MAPPERS: Record<AssetKind, CompositeMapper> = {
  models: Mappers.ModelContainer,
  codes: Mappers.CodeContainer,
  environments: Mappers.EnvironmentContainer,
};

/**
 * Asset names: the `name` path parameter's pattern in the 2022-10-01 spec (mfe.json; the SDK's Parameters.name1):
 * a letter or digit, then letters, digits, `-` and `_`, 255 at most.
 */
export const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/**
 * Asset versions: the spec gives no pattern; the service rejects versions that cannot sit in an asset id
 * (`azureml:<name>:<version>`, a URL path segment). Ours: a letter or digit, then letters, digits, `-`, `_`
 * and `.`, 30 at most.
 */
export const ASSET_VERSION = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,29}$/;

export function checkAssetName(name: string): void {
  if (!ASSET_NAME.test(name)) {
    throw badRequest(
      `The name '${name}' is invalid: it must start with a letter or digit and contain only letters, digits, '-' and '_' (255 characters at most).`,
      'name',
    );
  }
}

export function checkAssetVersion(version: string): void {
  if (!ASSET_VERSION.test(version)) {
    throw badRequest(
      `The version '${version}' is invalid: it must start with a letter or digit and contain only letters, digits, '-', '_' and '.' (30 characters at most).`,
      'version',
    );
  }
}

/**
 * Checks a PUT body against the SDK's mapper and returns its `properties` in wire form.
 * A body that fails (wrong type, missing required field, bad enum) is a 400 naming the field.
 */
export function checkBody(
  kind: AssetKind,
  what: 'version' | 'container',
  body: unknown,
): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object.', 'body', 'InvalidRequestContent');
  }
  const properties = (body as { properties?: unknown }).properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    throw badRequest("The request body must have a 'properties' object.", 'properties');
  }
  const mapper = what === 'version' ? VERSION_MAPPERS[kind] : CONTAINER_MAPPERS[kind];
  try {
    const model = serializer.deserialize(mapper, body, 'body') as object;
    const wire = serializer.serialize(mapper, model, 'body') as { properties?: Record<string, unknown> };
    return wire.properties ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const target = /^body\.([\w.]+)/.exec(message)?.[1];
    throw badRequest(`Invalid request body: ${message.replace(/^body\./, '')}`, target);
  }
}
