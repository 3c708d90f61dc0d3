/** An error answered in ARM's envelope: `{ error: { code, message, target?, details? } }`. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly target?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { error: { code: string; message: string; target?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.target ? { target: this.target } : {}) } };
  }
}

export const notFound = (kind: string, name: string, scope: string): ArmError =>
  new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${kind}/${name}' under resource group '${scope}' was not found. ` +
      'For more details please go to https://aka.ms/ARMResourceNotFoundFix',
  );

export const badRequest = (message: string, target?: string, code = 'UserError'): ArmError =>
  new ArmError(400, code, message, target);
