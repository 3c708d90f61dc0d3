import type { SmokeReport } from '../../smoke/evaluate.js';
import { escapeHtml, htmlTable } from '../shared/html.js';

/** The job summary: the verdict, then one table row per request file. */
export function renderSummary(
  report: SmokeReport,
  target: { endpoint: string; deployment?: string },
): string {
  const where = target.deployment ? `${target.endpoint} / ${target.deployment}` : target.endpoint;
  let md = `## Smoke test of ${escapeHtml(where)}: ${report.passed ? 'passed' : 'FAILED'}\n\n`;
  md += `${report.sent} requests in ${report.seconds} s (${report.throughput} req/s), ${report.errors} failed; `;
  md += `p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, p99 ${report.latencyMs.p99} ms.\n\n`;
  for (const v of report.violations) md += `- ${escapeHtml(v)}\n`;
  if (report.violations.length > 0) md += '\n';
  const rows = report.cases.map((c) => [
    `<code>${escapeHtml(c.request)}</code>`,
    String(c.sent),
    String(c.errors),
    `${(c.errorRate * 100).toFixed(1)}%`,
    String(c.latencyMs.p50),
    String(c.latencyMs.p95),
    String(c.latencyMs.p99),
    escapeHtml(
      Object.entries(c.servedBy)
        .map(([d, n]) => `${d}: ${n}`)
        .join(', ') || '-',
    ),
    c.firstFailure ? escapeHtml(c.firstFailure.reason) : 'ok',
  ]);
  md += htmlTable(
    [
      'Request file',
      'Sent',
      'Failed',
      'Error rate',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'Served by',
      'First failure',
    ],
    rows,
  );
  return `${md}\n`;
}
