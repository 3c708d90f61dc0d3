// The per-deployment figures of an online endpoint that the emulator's scoring gateway counts and the rollout's
// analysis reads (src/rollout/probe.ts). Both sides import the URL and the body shape from here. On Azure the same
// figures come from Azure Monitor metrics; this route is the emulator's stand-in until the emulator serves the
// Azure Monitor metrics API (a later issue), when this module goes away.

/** The path prefix under the gateway's origin: `<prefix>/<workspace>/<endpoint>`. */
const PREFIX = '.emulator/metrics';

/** What the gateway counted for one deployment since it started (client and mirrored traffic). */
export interface DeploymentFigures {
  requests: number;
  /** HTTP status code (as a string) -> count. */
  statusCodes: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Requests that were mirror copies (their answers went nowhere). */
  mirrored: number;
}

/** The body of the metrics route. */
export interface EndpointMetrics {
  deployments: Record<string, DeploymentFigures>;
}

/** The metrics route's path for one endpoint (URL-encoded names). */
export function endpointMetricsPath(workspace: string, endpoint: string): string {
  return `/${PREFIX}/${encodeURIComponent(workspace)}/${encodeURIComponent(endpoint)}`;
}

/** The workspace and endpoint a metrics path names, or undefined when the path is not the metrics route. */
export function parseEndpointMetricsPath(
  pathname: string,
): { workspace: string; endpoint: string } | undefined {
  const parts = pathname.split('/');
  const prefix = PREFIX.split('/');
  if (parts.length !== prefix.length + 3 || parts[0] !== '') return undefined;
  if (prefix.some((p, i) => parts[i + 1] !== p)) return undefined;
  try {
    return {
      workspace: decodeURIComponent(parts[prefix.length + 1]!),
      endpoint: decodeURIComponent(parts[prefix.length + 2]!),
    };
  } catch {
    return undefined;
  }
}
