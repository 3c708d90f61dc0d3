import * as core from '@actions/core';
import type { AzureMLClient, ModelVersionInfo } from '../../azureml/client.js';
import { copyModelFiles, type ModelCopy } from '../../azureml/model-copy.js';
import type { ModelVersionAddress } from '../../azureml/model-reference.js';
import { modelVersionResourceId } from '../../azureml/workspace.js';
import { ConfigurationError } from '../../errors.js';
import { lineageFromEnv } from '../../model/lineage.js';
import { LINEAGE } from '../../azureml/model-registration.js';

/** Tags and properties a promotion writes on the target version. */
export const PROMOTION = {
  from: 'mlops.promoted-from',
  sourceVersion: 'mlops.source-version',
  promotedBy: 'mlops.promoted-by',
  approver: 'mlops.approved-by',
  history: 'mlops.promotion-history',
} as const;

/** One entry of a version's promotion history (a JSON array in the version's properties). */
export interface PromotionRecord {
  from: string;
  to: string;
  version: string;
  digest: string;
  run?: string;
  actor?: string;
  approver?: string;
  at: string;
}

export interface PromotionResult {
  version: ModelVersionInfo;
  id: string;
  uri: string;
  digest: string;
  /** True when the target already held this version with the same digest (nothing done). */
  reused: boolean;
  copy?: ModelCopy;
  history: PromotionRecord[];
}

/** Reads a version's promotion history (an empty list when there is none or it is not a list). */
export function promotionHistory(version: ModelVersionInfo): PromotionRecord[] {
  try {
    const parsed: unknown = JSON.parse(version.properties[PROMOTION.history] ?? '[]');
    return Array.isArray(parsed) ? (parsed as PromotionRecord[]) : [];
  } catch {
    return [];
  }
}

/**
 * Promotes a model version from another workspace into this one under the same name and version: the files are
 * copied server-side and verified against the source's digest, then the version is registered with the
 * source's lineage, the promotion's (from where, which run, who approved) and the source's history plus one
 * entry. A target version that already holds the same digest is returned as is; one with other files is refused.
 */
export async function promoteModelVersion(
  target: AzureMLClient,
  source: AzureMLClient,
  ref: ModelVersionAddress,
  context: { env: NodeJS.ProcessEnv; approver?: string },
): Promise<PromotionResult> {
  const found = await core.group(
    `Read ${ref.name}:${ref.version} in workspace ${ref.workspace}`,
    async () => {
      const v = await source.getModelVersion(ref.name, ref.version);
      if (!v) {
        throw new ConfigurationError(
          `Input 'source': model ${ref.name} version ${ref.version} does not exist in workspace '${ref.workspace}'. Check the id (register-model's model-id output in the source environment).`,
          'source',
        );
      }
      const digest = v.tags[LINEAGE.digest];
      if (!digest || !v.modelUri || !v.modelType) {
        throw new ConfigurationError(
          `Input 'source': ${ref.name}:${ref.version} in '${ref.workspace}' has no ${LINEAGE.digest} tag (or no files): it was not registered by register-model, so it cannot be promoted with its lineage.`,
          'source',
        );
      }
      core.info(`${v.id}: ${v.modelType}, digest ${digest}`);
      return { v, digest, modelUri: v.modelUri, modelType: v.modelType };
    },
  );
  const ws = target.address.workspace;
  const id = modelVersionResourceId(target.address, ref.name, ref.version);
  const uri = `azureml:${ref.name}:${ref.version}`;

  const existing = await target.getModelVersion(ref.name, ref.version);
  if (existing) {
    if (existing.tags[LINEAGE.digest] === found.digest) {
      core.info(`${ref.name}:${ref.version} is already in workspace '${ws}' with digest ${found.digest}.`);
      // A version never outlives its files: the copy skips every blob still there and copies the missing ones
      // again, then verifies the digest in the target.
      const copy = await core.group(`Check its files in '${ws}' (copy what is missing)`, () =>
        copyModelFiles({ client: source, modelUri: found.modelUri }, target, found.digest, {
          setSecret: (s) => core.setSecret(s),
          log: (l) => core.info(l),
        }),
      );
      return {
        version: existing,
        id,
        uri,
        digest: found.digest,
        reused: true,
        copy,
        history: promotionHistory(existing),
      };
    }
    throw new ConfigurationError(
      `Input 'source': workspace '${ws}' already has ${ref.name} version ${ref.version} with other files (digest ${existing.tags[LINEAGE.digest] ?? 'unknown'}, source ${found.digest}). Versions are immutable: archive that version, or promote into a workspace that does not have it.`,
      'source',
    );
  }

  const copy = await core.group(`Copy the files from '${ref.workspace}' to '${ws}' (server-side)`, () =>
    copyModelFiles({ client: source, modelUri: found.modelUri }, target, found.digest, {
      setSecret: (s) => core.setSecret(s),
      log: (l) => core.info(l),
    }),
  );

  const { env } = context;
  const run = lineageFromEnv(env).run?.url;
  const record: PromotionRecord = {
    from: ref.workspace,
    to: ws,
    version: ref.version,
    digest: found.digest,
    run,
    actor: env.GITHUB_ACTOR,
    approver: context.approver,
    at: new Date().toISOString(),
  };
  const history = [...promotionHistory(found.v), record];
  const tags: Record<string, string> = {
    ...found.v.tags,
    [PROMOTION.from]: ref.workspace,
    [PROMOTION.sourceVersion]: found.v.id,
  };
  if (run) tags[PROMOTION.promotedBy] = run;
  if (context.approver) tags[PROMOTION.approver] = context.approver;
  const version = await core.group(`Register ${uri} in workspace '${ws}'`, () =>
    target.createOrUpdateModelVersion(ref.name, ref.version, {
      modelUri: copy.modelUri,
      modelType: found.modelType,
      description: found.v.description,
      tags,
      properties: { ...found.v.properties, [PROMOTION.history]: JSON.stringify(history) },
    }),
  );
  return { version, id, uri, digest: found.digest, reused: false, copy, history };
}
