// Name rules of Azure ML resources that both sides check: the actions before they call Azure, the emulator when it
// answers. One place for each rule; each names its source.

/**
 * Asset names (models, environments, code): the `name` path parameter's pattern of the earlier specs
 * (2022-10-01 mfe.json, which 2026-07-01 dropped while the service kept the rule): a letter or digit, then
 * letters, digits, `-` and `_`, 255 at most.
 */
export const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

/**
 * Environment names also take `.`: Azure ML's own curated environments have them (`sklearn-1.5` in the azureml
 * registry, `AzureML-sklearn-1.0-ubuntu20.04-py38-cpu` in every workspace; concept-environments, "Curated
 * environments"), and `az ml` passes such names as they are.
 */
export const ENVIRONMENT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;

/**
 * Asset versions: the spec gives no pattern; the service rejects versions that cannot sit in an asset id
 * (`azureml:<name>:<version>`, a URL path segment). Ours: a letter or digit, then letters, digits, `-`, `_`
 * and `.`, 30 at most.
 */
export const ASSET_VERSION = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,29}$/;

/**
 * Endpoint and deployment names, as the Azure ML docs state them ("Endpoint name", how-to-deploy-online-endpoints;
 * reference-yaml-deployment-managed-online): 3 to 32 characters, a letter first, then letters, digits and '-',
 * not ending with '-'.
 */
export const ONLINE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

/**
 * Asset references into an Azure ML registry, as `az ml` passes them to ARM unchanged
 * (azure-ai-ml _operation_orchestrator.get_asset_arm_id: `is_registry_id_for_resource` returns the id as given):
 * `azureml://registries/<registry>/<models|environments|codes>/<name>/versions/<version>` or `.../labels/<label>`.
 */
export const REGISTRY_ASSET =
  /^azureml:\/\/registries\/([a-zA-Z0-9][a-zA-Z0-9\-_]{1,62})\/(models|environments|codes)\/([^/]+)\/(versions|labels)\/([^/]+)$/;
