// The token a job gets as MLFLOW_TRACKING_TOKEN: it opens its own run on the data plane and nothing else (never an
// ARM principal's token), and stops working once the job has ended.
import { randomBytes } from 'node:crypto';

export interface RunGrant {
  workspace: string;
  runId: string;
}

export class RunTokens {
  private readonly grants = new Map<string, RunGrant>();

  issue(workspace: string, runId: string): string {
    const token = `mlops-run.${randomBytes(24).toString('base64url')}`;
    this.grants.set(token, { workspace: workspace.toLowerCase(), runId });
    return token;
  }

  lookup(token: string): RunGrant | undefined {
    return this.grants.get(token);
  }

  revoke(token: string): void {
    this.grants.delete(token);
  }
}
