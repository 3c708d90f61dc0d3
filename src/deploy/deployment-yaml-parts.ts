// The settings blocks of a CLI v2 deployment file (probes, request and scale settings, data collector), read as
// azure-ai-ml reads them and mapped as its _to_rest_object methods map them (sources on each function).
import type { Collection, DataCollector, OnlineScaleSettings, ProbeSettings } from '../azureml/arm-models.js';
import type { DeploymentFile } from './cli-yaml.js';
import { present, type KeyPath, type YamlReader } from './yaml-reader.js';

/**
 * An ISO 8601 duration as the CLI sends it: azure-ai-ml turns seconds and milliseconds into timedeltas, which
 * msrest serializes with isodate (timedelta(seconds=180) -> PT3M, 90000 ms -> PT1M30S, 500 ms -> PT0.5S).
 */
export function isoDuration(ms: number): string {
  let rest = Math.round(ms);
  const days = Math.floor(rest / 86_400_000);
  rest -= days * 86_400_000;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const secs = rest / 1000;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`;
  const out = `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
  return out === 'P' ? 'PT0S' : out;
}
const seconds = (s: number | undefined): string | undefined =>
  s === undefined ? undefined : isoDuration(s * 1000);
const millis = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : isoDuration(ms);

/**
 * A probe (azure-ai-ml _schema/_deployment/online/liveness_probe.py; entities ProbeSettings._to_rest_object sends
 * seconds as durations). Limits: reference-yaml-deployment-managed-online "ProbeSettings".
 */
export function readProbe(reader: YamlReader, value: unknown, path: KeyPath): ProbeSettings {
  const probe = reader.object(value, path);
  reader.keys(probe, path, ['initial_delay', 'period', 'timeout', 'failure_threshold', 'success_threshold']);
  const out: ProbeSettings = {};
  const initialDelay = seconds(reader.integer(probe, path, 'initial_delay', 0, 3600));
  const period = seconds(reader.integer(probe, path, 'period', 1, 3600));
  const timeout = seconds(reader.integer(probe, path, 'timeout', 1, 3600));
  const failureThreshold = reader.integer(probe, path, 'failure_threshold', 1, 1000);
  const successThreshold = reader.integer(probe, path, 'success_threshold', 1, 1000);
  if (initialDelay) out.initialDelay = initialDelay;
  if (period) out.period = period;
  if (timeout) out.timeout = timeout;
  if (failureThreshold !== undefined) out.failureThreshold = failureThreshold;
  if (successThreshold !== undefined) out.successThreshold = successThreshold;
  return out;
}

/**
 * request_settings (RequestSettingsSchema; OnlineRequestSettings._to_rest_object: milliseconds -> durations).
 * request_timeout_ms is at most 180000 (reference-yaml-deployment-managed-online "RequestSettings").
 */
export function readRequestSettings(
  reader: YamlReader,
  value: unknown,
  path: KeyPath,
): NonNullable<DeploymentFile['requestSettings']> {
  const rs = reader.object(value, path);
  reader.keys(rs, path, ['request_timeout_ms', 'max_concurrent_requests_per_instance', 'max_queue_wait_ms']);
  const out: NonNullable<DeploymentFile['requestSettings']> = {};
  const timeout = millis(reader.integer(rs, path, 'request_timeout_ms', 1, 180_000));
  const concurrent = reader.integer(rs, path, 'max_concurrent_requests_per_instance', 1, 1000);
  const queue = millis(reader.integer(rs, path, 'max_queue_wait_ms', 1, 180_000));
  if (timeout) out.requestTimeout = timeout;
  if (concurrent !== undefined) out.maxConcurrentRequestsPerInstance = concurrent;
  if (queue) out.maxQueueWait = queue;
  return out;
}

/**
 * scale_settings (scale_settings_schema.py): `type: default` (other keys dropped, as OnlineDeployment._set_scale_settings
 * does) or `type: target_utilization` with min/max instances, polling_interval (seconds) and the target percentage.
 */
export function readScaleSettings(reader: YamlReader, value: unknown, path: KeyPath): OnlineScaleSettings {
  const ss = reader.object(value, path);
  const type = reader.choice(ss, path, 'type', {
    default: 'Default',
    target_utilization: 'TargetUtilization',
  } as const);
  if (type === undefined) reader.fail([...path, 'type'], 'required: default or target_utilization.');
  if (type === 'Default') {
    reader.keys(ss, path, ['type']);
    return { scaleType: 'Default' };
  }
  reader.keys(ss, path, [
    'type',
    'min_instances',
    'max_instances',
    'polling_interval',
    'target_utilization_percentage',
  ]);
  const out: OnlineScaleSettings = { scaleType: 'TargetUtilization' };
  const min = reader.integer(ss, path, 'min_instances', 0, 1000);
  const max = reader.integer(ss, path, 'max_instances', 1, 1000);
  const polling = seconds(reader.integer(ss, path, 'polling_interval', 1, 3600));
  const target = reader.integer(ss, path, 'target_utilization_percentage', 1, 100);
  if (min !== undefined && max !== undefined && min > max)
    reader.fail([...path, 'min_instances'], `is more than max_instances (${max}).`);
  if (min !== undefined) out.minInstances = min;
  if (max !== undefined) out.maxInstances = max;
  if (polling) out.pollingInterval = polling;
  if (target !== undefined) out.targetUtilizationPercentage = target;
  return out;
}

const ROLLING = { minute: 'Minute', hour: 'Hour', day: 'Day', month: 'Month', year: 'Year' } as const;

/**
 * data_collector (data_collector_schema.py, deployment_collection_schema.py, request_logging_schema.py), mapped as
 * DataCollector._to_rest_object does: sampling_rate is copied into every collection, `enabled` becomes
 * dataCollectionMode. `az ml` also registers a data asset per collection (online_deployment_operations
 * _register_collection_data_assets) and sends its id as dataId; deploy-endpoint registers no data assets, so a
 * collection's `data:` is refused rather than dropped.
 */
export function readDataCollector(reader: YamlReader, value: unknown, path: KeyPath): DataCollector {
  const dc = reader.object(value, path);
  reader.keys(dc, path, ['collections', 'rolling_rate', 'sampling_rate', 'request_logging']);
  const samplingRate = reader.number(dc, path, 'sampling_rate', 0, 1);
  if (!present(dc.collections))
    reader.fail(
      [...path, 'collections'],
      'required: name each collection (e.g. model_inputs: {enabled: true}).',
    );
  const raw = reader.object(dc.collections, [...path, 'collections']);
  if (Object.keys(raw).length === 0) reader.fail([...path, 'collections'], 'name at least one collection.');
  const collections: Record<string, Collection> = {};
  for (const name of Object.keys(raw)) {
    const at = [...path, 'collections', name];
    const c = reader.object(raw[name], at);
    reader.keys(c, at, ['enabled'], {
      data: 'deploy-endpoint registers no data asset for collected data (az ml registers <endpoint>-<deployment>-<collection>:1). Remove data: the collection is sent without a data asset.',
    });
    const enabled = reader.boolean(c, at, 'enabled');
    if (enabled === undefined)
      reader.fail([...at, 'enabled'], "required: true or 'True' to collect, false to not.");
    collections[name] = {
      dataCollectionMode: enabled ? 'Enabled' : 'Disabled',
      ...(samplingRate !== undefined ? { samplingRate } : {}),
    };
  }
  const out: DataCollector = { collections };
  const rolling = reader.choice(dc, path, 'rolling_rate', ROLLING);
  if (rolling) out.rollingRate = rolling;
  if (present(dc.request_logging)) {
    const at = [...path, 'request_logging'];
    const rl = reader.object(dc.request_logging, at);
    reader.keys(rl, at, ['capture_headers']);
    const headers = reader.stringList(rl, at, 'capture_headers');
    out.requestLogging = headers ? { captureHeaders: headers } : {};
  }
  return out;
}
