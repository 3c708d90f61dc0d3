// What a checked job needs written before its PUT, in the CLI's order: code uploaded and registered (content-
// addressed, deploy/code-asset.ts), inline environments registered (deploy/environment-asset.ts), local inputs
// uploaded to LocalUpload/<hash>/<name>, and the pipeline's components registered as anonymous versions.
import { createHash } from 'node:crypto';
import { uploadFiles } from '../azureml/blob-upload.js';
import type { AzureMLClient } from '../azureml/client.js';
import { localDataLayout } from '../azureml/data-registration.js';
import { containerUrl } from '../azureml/datastore-url.js';
import type { CommandComponentSpec } from '../azureml/job-models.js';
import { ensureCodeAsset } from '../deploy/code-asset.js';
import { ensureEnvironment } from '../deploy/environment-asset.js';
import type { LocalData } from '../data/data-source.js';
import type { CheckedData } from './check-references.js';
import type { CheckedInput, ComponentPlan, RunPlan } from './job-plan.js';

/** The name azure-ai-ml gives the components it registers for a pipeline (ANONYMOUS_COMPONENT_NAME). */
export const ANONYMOUS_COMPONENT = 'azureml_anonymous';

/** A command's environment and code, as ARM ids. */
export interface RunIds {
  environmentId: string;
  codeId?: string;
}

/** Writes for one submission; equal code folders, environments and inputs are written once. */
export class JobWriter {
  private readonly runs = new Map<string, Promise<RunIds>>();
  private readonly uploads = new Map<string, Promise<string>>();

  constructor(
    private readonly client: AzureMLClient,
    private readonly log: (line: string) => void,
    /** Registers (or reuses, once its files are checked) a local code folder; replaced in unit tests. */
    private readonly ensureCode: typeof ensureCodeAsset = ensureCodeAsset,
  ) {}

  /** The environment (found, reused or registered) and the code (reused or uploaded) of a command. */
  run(plan: RunPlan): Promise<RunIds> {
    const key = JSON.stringify([
      plan.environment.kind === 'found'
        ? plan.environment.version.id
        : [plan.environment.name, plan.environment.version],
      plan.code?.kind === 'local' ? plan.code.folder.digest : plan.code?.id,
    ]);
    let ids = this.runs.get(key);
    if (!ids) {
      ids = (async () => {
        const environment = await ensureEnvironment(this.client, plan.environment, this.log);
        const code = plan.code;
        if (!code) return { environmentId: environment.id };
        if (code.kind === 'registered') return { environmentId: environment.id, codeId: code.id };
        const asset = await this.ensureCode(this.client, code.folder.path, this.log);
        return { environmentId: environment.id, codeId: asset.version.id };
      })();
      this.runs.set(key, ids);
    }
    return ids;
  }

  /** The URI a data input is sent with: as checked, or where its local files were uploaded. */
  data(data: CheckedData): Promise<string> {
    if (data.kind === 'uri') return Promise.resolve(data.uri);
    const key = `${data.source.dataType}:${data.source.path}`;
    let uri = this.uploads.get(key);
    if (!uri) {
      uri = this.upload(data.source);
      this.uploads.set(key, uri);
    }
    return uri;
  }

  /** The inputs with their data URIs known. */
  async inputs(
    inputs: Record<string, CheckedInput>,
  ): Promise<Record<string, CheckedInput & { uri?: string }>> {
    const out: Record<string, CheckedInput & { uri?: string }> = {};
    for (const [name, input] of Object.entries(inputs))
      out[name] = input.kind === 'data' ? { ...input, uri: await this.data(input.data) } : input;
    return out;
  }

  // Laid out as `az ml data create` and azure-ai-ml's job inputs lay local files out (localDataLayout): the short
  // datastore URI of LocalUpload/<hash>/<name>, with a trailing '/' for a uri_folder.
  private async upload(source: LocalData): Promise<string> {
    const datastore = await this.client.getDefaultDatastore();
    const secret = await this.client.getDatastoreSecrets(datastore.name);
    const layout = localDataLayout(source, datastore.name);
    await uploadFiles(
      source.files,
      {
        containerUrl: containerUrl(datastore),
        accountName: datastore.accountName,
        secret,
        prefix: layout.prefix,
      },
      { log: this.log },
    );
    this.log(`Uploaded input ${source.path} (${source.files.length} files) to ${layout.dataUri}`);
    return layout.dataUri;
  }

  /** A step's component id: registered as is, or registered now as an anonymous version named by its content. */
  async component(plan: ComponentPlan): Promise<string> {
    if (plan.kind === 'registered') return plan.info.id;
    const ids = await this.run(plan.run);
    const spec = componentSpec(plan, ids);
    const version = anonymousVersion(spec);
    const existing = await this.client.getComponentVersion(ANONYMOUS_COMPONENT, version);
    if (existing) return existing.id;
    const created = await this.client.createComponentVersion(ANONYMOUS_COMPONENT, version, {
      properties: {
        componentSpec: { ...spec, name: ANONYMOUS_COMPONENT, version },
        ...(spec.description ? { description: spec.description } : {}),
        tags: spec.tags ?? {},
        isAnonymous: true,
        isArchived: false,
      },
    });
    this.log(`Registered component ${plan.spec.name ?? 'of step'} as ${ANONYMOUS_COMPONENT}:${version}.`);
    return created.id;
  }
}

/** The component's definition as azure-ai-ml sends it (CommandComponent._to_rest_object: snake_case YAML keys). */
export function componentSpec(
  plan: Extract<ComponentPlan, { kind: 'new' }>,
  ids: RunIds,
): CommandComponentSpec {
  const c = plan.spec;
  const run = c.run;
  return {
    $schema: 'https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json',
    name: c.name ?? ANONYMOUS_COMPONENT,
    version: c.version ?? '1',
    ...(c.displayName ? { display_name: c.displayName } : {}),
    ...(c.description ? { description: c.description } : {}),
    ...(Object.keys(c.tags).length ? { tags: c.tags } : {}),
    type: 'command',
    command: run.command,
    ...(ids.codeId ? { code: ids.codeId } : {}),
    environment: ids.environmentId,
    inputs: c.inputs,
    outputs: c.outputs,
    ...(c.isDeterministic !== undefined ? { is_deterministic: c.isDeterministic } : {}),
    _source: c.fromStep ? 'YAML.JOB' : 'YAML.COMPONENT',
  };
}

/** The version of an anonymous component: a hash of its definition less name and version (equal ones registered once). */
export function anonymousVersion(spec: CommandComponentSpec): string {
  const rest: Partial<CommandComponentSpec> = { ...spec };
  delete rest.name;
  delete rest.version;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 30);
}
