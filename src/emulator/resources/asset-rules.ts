// The rules that differ between asset kinds (models, codes, environments, data, components): what a version must
// say, which of its fields never change, and where its files are.
import { ArmError, badRequest } from '../arm-error.js';
import type { AssetKind, Resource } from '../state.js';
import { componentSpec } from './component-rules.js';

/** How each kind is named in the service's messages. */
export const TYPE_NAMES: Record<AssetKind, string> = {
  models: 'Model',
  codes: 'Code',
  environments: 'Environment',
  data: 'Data',
  components: 'Component',
};

/**
 * Model types as the service accepts them (the CLI's snake_case and the REST examples' PascalCase). The spec types
 * modelType as a free string; the service refuses other values.
 */
const MODEL_TYPES: Record<string, string> = {
  custom_model: 'custom_model',
  custommodel: 'custom_model',
  mlflow_model: 'mlflow_model',
  mlflowmodel: 'mlflow_model',
  triton_model: 'triton_model',
  tritonmodel: 'triton_model',
};

/** The fields of a version that cannot change once it exists (the files it points at and what they are). */
const IMMUTABLE: Record<AssetKind, string[]> = {
  models: ['modelUri', 'modelType'],
  codes: ['codeUri'],
  environments: ['image', 'build', 'condaFile', 'osType', 'inferenceConfig'],
  data: ['dataType', 'dataUri', 'referencedUris'],
  components: ['componentSpec'],
};

/** The property naming a version's files in a datastore (checked to exist on create). */
export const URI_FIELD: Record<AssetKind, string | undefined> = {
  models: 'modelUri',
  codes: 'codeUri',
  environments: undefined,
  data: 'dataUri',
  components: undefined,
};

/** The stored properties of a new version: the body's, with the service's defaults and per-kind checks. */
export function versionProperties(kind: AssetKind, wire: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = {
    ...wire,
    tags: wire.tags ?? {},
    properties: wire.properties ?? {},
    isAnonymous: wire.isAnonymous ?? false,
    isArchived: wire.isArchived ?? false,
  };
  if (kind === 'models') {
    if (typeof props.modelUri !== 'string' || props.modelUri === '') {
      throw badRequest("A model version needs 'modelUri': where its files are.", 'properties.modelUri');
    }
    const type = MODEL_TYPES[String(props.modelType ?? 'custom_model').toLowerCase()];
    if (!type) {
      throw badRequest(
        `The modelType '${String(props.modelType)}' is not valid; use custom_model, mlflow_model or triton_model.`,
        'properties.modelType',
      );
    }
    props.modelType = props.modelType ?? type;
  } else if (kind === 'codes') {
    if (typeof props.codeUri !== 'string' || props.codeUri === '') {
      throw badRequest("A code version needs 'codeUri': where its files are.", 'properties.codeUri');
    }
  } else if (kind === 'data') {
    // dataType and dataUri are required by the spec's schema, checked before this.
  } else if (kind === 'components') {
    props.componentSpec = componentSpec(props.componentSpec);
  } else {
    if (!props.image && !props.build) {
      throw badRequest("An environment version needs 'image' or 'build'.", 'properties.image');
    }
    props.osType = props.osType ?? 'Linux';
    props.environmentType = 'UserCreated';
  }
  return props;
}

/** What a container created with its first version says of it (a data container has its versions' dataType). */
export function containerDefaults(
  kind: AssetKind,
  version: Record<string, unknown>,
): Record<string, unknown> {
  return kind === 'data' ? { dataType: version.dataType } : {};
}

/** A data version goes into a container of its own dataType, as the service refuses a uri_file version of a uri_folder asset. */
export function checkSameDataType(
  kind: AssetKind,
  name: string,
  container: Resource | undefined,
  version: Record<string, unknown>,
): void {
  if (kind !== 'data' || !container) return;
  const want = container.properties.dataType;
  if (want !== undefined && want !== version.dataType) {
    throw badRequest(
      `The data asset '${name}' is of type ${String(want)}; a version of type ${String(version.dataType)} cannot be added to it. ` +
        'Use the same type, or another name.',
      'properties.dataType',
    );
  }
}

/**
 * A version's files and type are fixed once created. The real service answers such a PUT with
 * 409 `UserError` "Conflict" and the detail `ModelVersionInUse` ("Model <name>:<version> already exists.
 * Please use a different name or version."), as its error output reads.
 */
export function checkImmutable(
  kind: AssetKind,
  name: string,
  version: string,
  existing: Resource | undefined,
  next: Record<string, unknown>,
): void {
  if (!existing) return;
  const same = (a: unknown, b: unknown): boolean =>
    kind === 'models' && typeof a === 'string' && typeof b === 'string' && MODEL_TYPES[a.toLowerCase()]
      ? MODEL_TYPES[a.toLowerCase()] === MODEL_TYPES[b.toLowerCase()]
      : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const changed = IMMUTABLE[kind].filter((f) => !same(existing.properties[f], next[f]));
  if (changed.length === 0) return;
  const what = TYPE_NAMES[kind];
  throw new ArmError(409, 'UserError', 'Conflict', undefined, {}, [
    {
      code: `${what}VersionInUse`,
      message:
        `${what} ${name}:${version} already exists. Please use a different name or version. ` +
        `(${changed.join(', ')} of an existing version cannot change; description, tags, properties and isArchived can.)`,
      target: `properties.${changed[0]}`,
    },
  ]);
}
