import { escapeHtml, htmlTable } from '../shared/html.js';
import type { RunOutcome } from './follow.js';

/** What the job summary shows about one run-job run. */
export interface JobReport {
  jobName: string;
  jobType: string;
  displayName?: string;
  experimentName?: string;
  status: string;
  studioUrl: string;
  /** Whether this run created the job (false: the same job already existed). */
  created: boolean;
  /** Seconds from submission to the end of following; undefined with wait: false. */
  seconds?: number;
  outputs: Record<string, string>;
  metrics: Record<string, number>;
  /** A pipeline's steps. */
  steps: RunOutcome[];
  /** Why the job did not complete, and the run to blame (its error and last log lines). */
  failure?: { message: string; run: RunOutcome };
}

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** A `### title` section with a table of `rows` under `head`; '' when there are no rows. */
function tableSection(title: string, head: string[], rows: string[][]): string {
  return rows.length > 0 ? `\n### ${title}\n${htmlTable(head, rows)}\n` : '';
}

/** One row per entry: its name, then its value as `show` writes it. */
function namedRows<V>(entries: Record<string, V>, show: (value: V) => string): string[][] {
  return Object.entries(entries).map(([k, v]) => [escapeHtml(k), show(v)]);
}

/** The job summary (Markdown with HTML tables): the job, its steps, outputs, metrics, and a failure's log tail. */
export function renderSummary(report: JobReport): string {
  const out: string[] = [];
  const mark = report.status === 'Completed' ? '✅' : report.failure ? '❌' : '⏳';
  out.push(`## ${mark} Azure ML job ${escapeHtml(report.jobName)}: ${escapeHtml(report.status)}\n`);
  const facts: string[][] = [
    ['Job', `<a href="${escapeHtml(report.studioUrl)}">${escapeHtml(report.jobName)}</a>`],
    ['Type', escapeHtml(report.jobType)],
  ];
  if (report.displayName && report.displayName !== report.jobName)
    facts.push(['Display name', escapeHtml(report.displayName)]);
  if (report.experimentName) facts.push(['Experiment', escapeHtml(report.experimentName)]);
  facts.push(['Status', escapeHtml(report.status)]);
  if (!report.created)
    facts.push(['Note', 'The job already existed with this definition: followed, not created again.']);
  if (report.seconds !== undefined) facts.push(['Followed for', `${Math.round(report.seconds)} s`]);
  out.push(htmlTable(undefined, facts), '\n');

  out.push(
    tableSection(
      'Steps',
      ['Step', 'Job', 'Status'],
      report.steps.map((s) => [escapeHtml(s.step ?? ''), code(s.runId), escapeHtml(s.status)]),
    ),
  );

  if (report.failure) {
    const { run } = report.failure;
    out.push('\n### Failure\n');
    out.push(`${escapeHtml(report.failure.message)}\n`);
    if (run.tail.length > 0) {
      const label = run.step !== undefined ? `step ${run.step}` : `job ${run.runId}`;
      out.push(`\nLast lines of the log of ${escapeHtml(label)}:\n`);
      out.push(`<pre>${escapeHtml(run.tail.join('\n'))}</pre>\n`);
    }
  }

  out.push(tableSection('Outputs', ['Output', 'URI'], namedRows(report.outputs, code)));
  out.push(tableSection('Metrics', ['Metric', 'Value'], namedRows(report.metrics, formatNumber)));
  return out.join('');
}
