/** Why provisioning failed, in the service's words (the operation's and the deployment's error). */
export class ProvisioningError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
