import { describe, expect, it } from '@jest/globals';
import { formatBytes, renderModelCard } from '../../src/actions/package-model/summary.js';
import type { PackageManifest } from '../../src/model/manifest.js';

const manifest: PackageManifest = {
  schemaVersion: 1,
  name: 'big-model',
  modelType: 'mlflow_model',
  layout: 'mlflow',
  digest: `sha256:${'a'.repeat(64)}`,
  files: Array.from({ length: 12 }, (_, i) => ({
    path: `part-${i}<x>.bin`,
    size: (i + 1) * 1024,
    sha256: String(i).padStart(64, '0'),
  })),
  metrics: { auc: 0.912345678, note: '<b>ok</b>' },
  createdAt: '2026-01-01T00:00:00.000Z',
  tool: { name: 'mlops-actions', version: '0.1.0' },
};

describe('renderModelCard', () => {
  const card = renderModelCard(
    manifest,
    { modelType: 'mlflow_model', layout: 'mlflow', flavors: ['sklearn'], warnings: ['careful'] },
    '/tmp/p',
    {},
  );

  it('lists the largest files first, with the count and total', () => {
    expect(card).toContain('The 10 largest of 12 files. Total 78.0 KiB.');
    expect(card.indexOf('part-11')).toBeLessThan(card.indexOf('part-10'));
    expect(card).not.toContain('part-0&');
    expect(card).not.toContain('part-1&#60;');
  });

  it('escapes file names and metric values, and rounds metrics', () => {
    expect(card).toContain('part-11&#60;x&#62;.bin');
    expect(card).toContain('&#60;b&#62;ok&#60;/b&#62;');
    expect(card).toContain('<td>0.912346</td>');
  });

  it('shows flavors and warnings, and no lineage section without lineage', () => {
    expect(card).toContain('<code>sklearn</code>');
    expect(card).toContain('> [!WARNING]\n> careful');
    expect(card).not.toContain('### Lineage');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [2 * 1024 ** 3, '2.0 GiB'],
  ])('%d -> %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
