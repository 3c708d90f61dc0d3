import type { DetectedLayout } from '../../model/layout.js';
import { commitUrl } from '../../model/lineage.js';
import type { PackageManifest } from '../../model/manifest.js';

const TOP_FILES = 10;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 1 -> "1 file", 2 -> "2 files". */
export function countFiles(n: number): string {
  return `${n} ${n === 1 ? 'file' : 'files'}`;
}

/** 1536 -> "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

function table(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<tr>${th}</tr>\n${trs}\n</table>\n`;
}

function formatMetric(value: number | string): string {
  if (typeof value === 'string') return escape(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/**
 * The job summary of package-model, as a small model card (Markdown with HTML tables):
 * name, type and layout, digest, the largest files, metrics and lineage links.
 */
export function renderModelCard(
  manifest: PackageManifest,
  detected: DetectedLayout,
  packagePath: string,
  env = process.env,
): string {
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
  const out: string[] = [];
  out.push(`## Model package: ${escape(manifest.name)}\n`);
  const facts: string[][] = [
    ['Model type', `<code>${manifest.modelType}</code>`],
    ['Layout', escape(manifest.layout)],
  ];
  if (detected.flavors)
    facts.push(['MLflow flavors', detected.flavors.map((f) => `<code>${escape(f)}</code>`).join(', ')]);
  if (detected.tritonModels) facts.push(['Triton models', detected.tritonModels.map(escape).join(', ')]);
  if (detected.onnxFiles) facts.push(['ONNX files', detected.onnxFiles.map(escape).join(', ')]);
  facts.push(['Digest', `<code>${manifest.digest}</code>`]);
  facts.push(['Files', `${countFiles(manifest.files.length)} (${formatBytes(total)})`]);
  if (manifest.code)
    facts.push([
      'Scoring code',
      `${countFiles(manifest.code.files.length)}, <code>${manifest.code.digest}</code>`,
    ]);
  if (manifest.environment) facts.push(['Environment', `<code>${escape(manifest.environment.file)}</code>`]);
  facts.push(['Package', `<code>${escape(packagePath)}</code>`]);
  facts.push(['Created', escape(manifest.createdAt)]);
  out.push(table(['Model', escape(manifest.name)], facts));

  if (detected.warnings.length > 0) {
    out.push(detected.warnings.map((w) => `> [!WARNING]\n> ${escape(w)}\n`).join('\n'));
  }

  const largest = [...manifest.files]
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
    .slice(0, TOP_FILES);
  out.push(`### Files\n`);
  const shown =
    largest.length < manifest.files.length
      ? `The ${largest.length} largest of ${manifest.files.length} files.`
      : `${manifest.files.length} ${manifest.files.length === 1 ? 'file' : 'files'}.`;
  out.push(`${shown} Total ${formatBytes(total)}.\n`);
  out.push(
    table(
      ['Path', 'Size', 'SHA-256'],
      largest.map((f) => [
        `<code>${escape(f.path)}</code>`,
        formatBytes(f.size),
        `<code>${f.sha256.slice(0, 12)}</code>`,
      ]),
    ),
  );

  if (manifest.metrics && Object.keys(manifest.metrics).length > 0) {
    out.push(`### Metrics\n`);
    out.push(
      table(
        ['Metric', 'Value'],
        Object.entries(manifest.metrics).map(([k, v]) => [escape(k), formatMetric(v)]),
      ),
    );
  }

  const lineage: string[] = [];
  if (manifest.git) {
    const url = commitUrl(manifest.git, env);
    const sha = escape(manifest.git.commit.slice(0, 12));
    lineage.push(
      `- Commit: ${url ? `<a href="${escape(url)}">${sha}</a>` : `<code>${sha}</code>`}${manifest.git.ref ? ` on <code>${escape(manifest.git.ref)}</code>` : ''}`,
    );
    if (manifest.git.repository) lineage.push(`- Repository: ${escape(manifest.git.repository)}`);
  }
  if (manifest.run) {
    const label = `${manifest.run.workflow ? `${escape(manifest.run.workflow)} ` : ''}run ${escape(manifest.run.id)}${manifest.run.attempt ? ` (attempt ${escape(manifest.run.attempt)})` : ''}`;
    lineage.push(
      `- Workflow run: ${manifest.run.url ? `<a href="${escape(manifest.run.url)}">${label}</a>` : label}`,
    );
  }
  if (lineage.length > 0) out.push(`### Lineage\n\n${lineage.join('\n')}\n`);
  out.push(`<sub>${escape(manifest.tool.name)} ${escape(manifest.tool.version)}</sub>\n`);
  return out.join('\n');
}
