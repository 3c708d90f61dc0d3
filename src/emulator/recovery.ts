// Restart recovery, apart from the resources: with a data dir, state.json outlives the process; at start, what was
// under way is settled and every deployment that was serving is provisioned again; the operations clients poll are
// settled the same way (operations.ts).
import type { Context } from './context.js';
import { BUSY } from './resources/online-endpoints.js';
import { provision } from './resources/provisioning.js';

/** Finishes what was under way and starts every deployment that was serving; resolves once they serve (or failed). */
export function resume(ctx: Context): Promise<void> {
  const provisioning: Array<Promise<void>> = [];
  for (const ws of Object.values(ctx.state.workspaces)) {
    ws.onlineEndpoints ??= {};
    for (const [name, ep] of Object.entries(ws.onlineEndpoints)) {
      const p = ep.resource.properties;
      if (p.provisioningState === 'Deleting') {
        delete ws.onlineEndpoints[name];
        continue;
      }
      if (BUSY.includes(String(p.provisioningState))) p.provisioningState = 'Succeeded';
      for (const [dname, d] of Object.entries(ep.deployments)) {
        const state = String(d.properties.provisioningState);
        if (state === 'Deleting') delete ep.deployments[dname];
        else if (state !== 'Failed') {
          d.properties.provisioningState = 'Updating';
          // The operation a client may still be polling (the PUT's, when it was under way) follows this provisioning.
          const op = ctx.operations.adopt(d.id!) ?? ctx.operations.start({ target: d.id });
          provisioning.push(provision(ctx, ws, ep, d, op));
        }
      }
    }
  }
  ctx.operations.settleInterrupted();
  ctx.persist();
  return Promise.all(provisioning).then(() => undefined);
}
