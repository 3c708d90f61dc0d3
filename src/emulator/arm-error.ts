/** One entry of an ARM error's `details`. */
export interface ArmErrorDetail {
  code: string;
  message: string;
  target?: string;
}

/** An error answered in ARM's envelope: `{ error: { code, message, target?, details? } }`. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly target?: string,
    readonly headers: Record<string, string> = {},
    readonly details: ArmErrorDetail[] = [],
  ) {
    super(message);
  }

  body(): { error: { code: string; message: string; target?: string; details?: ArmErrorDetail[] } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.target ? { target: this.target } : {}),
        ...(this.details.length > 0 ? { details: this.details } : {}),
      },
    };
  }
}

/** ARM's 404 for a resource it routes to but that does not exist. */
export const notFound = (type: string, name: string, resourceGroup: string): ArmError =>
  new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. ` +
      'For more details please go to https://aka.ms/ARMResourceNotFoundFix',
  );

export const badRequest = (message: string, target?: string, code = 'UserError'): ArmError =>
  new ArmError(400, code, message, target);
