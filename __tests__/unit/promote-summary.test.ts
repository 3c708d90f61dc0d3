import { describe, expect, it } from '@jest/globals';
import { renderSummary } from '../../src/actions/promote/summary.js';
import type { PromoteReport } from '../../src/rollout/promote-report.js';

const report: PromoteReport = {
  decision: 'aborted',
  endpoint: 'ep',
  deployment: 'cyan',
  run: '99.1-ab12cd',
  previous: ['blue'],
  startTraffic: { blue: 100 },
  startMirrorTraffic: {},
  traffic: { lime: 100, blue: 0 },
  mirrorTraffic: {},
  steps: [],
  retired: [],
  reason: 'another writer changed the endpoint: traffic blue 100% -> 0%, lime 0% -> 100%',
  seconds: 3,
};

describe('the promote summary', () => {
  it('says aborted, with the difference, the traffic as found and the run', () => {
    const md = renderSummary(report);
    expect(md).toMatch(/^## Aborted: cyan on ep/);
    expect(md).toContain('traffic blue 100% -&gt; 0%, lime 0% -&gt; 100%');
    expect(md).toContain('lime 100%');
    expect(md).toContain('99.1-ab12cd');
    expect(md).toMatch(/left the traffic as found/);
    expect(md).not.toMatch(/Interrupted rollout/);
  });
  it('says what was done with an interrupted rollout', () => {
    const md = renderSummary({
      ...report,
      decision: 'promoted',
      reason: undefined,
      recovery: "Rolling back run 7.1-000000's rollout of lime",
    });
    expect(md).toMatch(/^## Promoted: cyan on ep/);
    expect(md).toContain('**Interrupted rollout:** Rolling back run 7.1-000000&#39;s rollout of lime');
    expect(md).not.toMatch(/left the traffic as found/);
  });
});
