import { randomBytes } from 'node:crypto';

/** The tokens POST token hands out (AMLToken endpoints), in memory: token -> endpoint key (`ws/ep`) and expiry. */
export class EndpointTokens {
  private readonly tokens = new Map<string, { endpoint: string; expires: number }>();

  /** A token for the endpoint, valid for an hour (the service's default lifetime). */
  issue(endpointKey: string): { token: string; expires: number } {
    const token = `emu-aml.${randomBytes(24).toString('base64url')}`;
    const expires = Date.now() + 3_600_000;
    this.tokens.set(token, { endpoint: endpointKey, expires });
    return { token, expires };
  }

  /** The endpoint's tokens that have not expired. */
  valid(endpointKey: string): string[] {
    return [...this.tokens.entries()]
      .filter(([, t]) => t.endpoint === endpointKey && t.expires > Date.now())
      .map(([token]) => token);
  }

  forget(endpointKey: string): void {
    for (const [token, t] of this.tokens) if (t.endpoint === endpointKey) this.tokens.delete(token);
  }
}
