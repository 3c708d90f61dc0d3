import type { PromoteReport } from '../../rollout/promote.js';
import { describeTraffic } from '../../rollout/traffic.js';
import { escapeHtml, htmlTable } from '../shared/html.js';

const pct = (v: number): string => `${(v * 100).toFixed(2)}%`;

/** The job summary: the decision, then each step with the figures that decided it. */
export function renderSummary(report: PromoteReport): string {
  const title = {
    promoted: 'Promoted',
    'rolled-back': 'Rolled back',
    rejected: 'Rejected',
    aborted: 'Aborted',
  }[report.decision];
  let md = `## ${title}: ${escapeHtml(report.deployment)} on ${escapeHtml(report.endpoint)}\n\n`;
  md += htmlTable(undefined, [
    ['Traffic before', escapeHtml(describeTraffic(report.startTraffic))],
    ['Traffic now', escapeHtml(describeTraffic(report.traffic))],
    ['Mirror now', escapeHtml(describeTraffic(report.mirrorTraffic))],
    ['Retired', escapeHtml(report.retired.join(', ') || 'none')],
    ['Model', escapeHtml(report.model ?? '-')],
    ['Rollout run', escapeHtml(report.run)],
    ['Took', `${report.seconds.toFixed(1)} s`],
  ]);
  if (report.reason) md += `\n\n**Why:** ${escapeHtml(report.reason)}`;
  if (report.decision === 'aborted') {
    md += `\n\nThe endpoint was changed by another writer, or did not end as this run left it: this run wrote nothing after it found out, and left the traffic as found. Re-read the endpoint and run again.`;
  }
  if (report.recovery) md += `\n\n**Interrupted rollout:** ${escapeHtml(report.recovery)}`;
  if (report.steps.length > 0) {
    const old = report.previous[0] ?? 'old';
    md += `\n\n### Steps\n\n`;
    md += htmlTable(
      [
        'Step',
        'Traffic',
        `${escapeHtml(report.deployment)}: requests / errors / p95`,
        `${escapeHtml(old)}: requests / errors / p95`,
        'p95 ratio',
        'Verdict',
      ],
      report.steps.map((s) => {
        const c = s.analysis.candidate;
        const b = s.analysis.baseline;
        return [
          escapeHtml(s.step),
          escapeHtml(`${describeTraffic(s.traffic)}; mirror ${describeTraffic(s.mirrorTraffic)}`),
          `${c.requests} / ${pct(c.errorRate)} / ${c.latencyMs.p95} ms`,
          b ? `${b.requests} / ${pct(b.errorRate)} / ${b.latencyMs.p95} ms` : '-',
          s.analysis.latencyRatio === undefined
            ? '-'
            : `${s.analysis.latencyRatio}x${s.analysis.latencyStatistic === 'p50' ? ' (p50)' : ''}`,
          s.analysis.passed ? 'pass' : `FAIL: ${escapeHtml(s.analysis.reasons.join('; '))}`,
        ];
      }),
    );
  }
  return `${md}\n`;
}
