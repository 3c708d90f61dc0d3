// What ARM checks before a request reaches the resource provider: the bearer token and the api-version.
import type { IncomingMessage } from 'node:http';
import { AZUREML_API_VERSION } from '../contract/azureml-api.js';
import { ArmError } from './arm-error.js';
import { providerResourceType } from './arm-path.js';
import { LOCATION } from './context.js';
import type { Principal } from './principals.js';

/** The api-versions the emulator serves: the one our client speaks, and no other (as a real region serves its own list). */
export const API_VERSIONS = [AZUREML_API_VERSION];

/**
 * ARM's answers to a missing or bad bearer token (401 with a WWW-Authenticate challenge).
 * Codes and messages as Azure Resource Manager words them.
 */
export function authenticate(req: IncomingMessage, principals: Map<string, Principal>): Principal {
  const challenge = (description: string): Record<string, string> => ({
    'WWW-Authenticate':
      `Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", ` +
      `error_description="${description}"`,
  });
  const header = req.headers.authorization;
  if (!header) {
    throw new ArmError(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
      undefined,
      challenge("The authentication failed because of missing 'Authorization' header."),
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new ArmError(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is provided in an invalid format.",
      undefined,
      challenge("The 'Authorization' header is provided in an invalid format."),
    );
  }
  const principal = principals.get(match[1]!);
  if (!principal) {
    throw new ArmError(401, 'InvalidAuthenticationToken', 'The access token is invalid.', undefined, {
      ...challenge('The access token is invalid.'),
    });
  }
  return principal;
}

/**
 * ARM's answers about the api-version query parameter:
 * - none: 400 MissingApiVersionParameter;
 * - not a date-shaped version: 400 InvalidApiVersionParameter ("The api-version '<v>' is invalid. The supported
 *   versions are '<list>'."), as ARM words it;
 * - a version the provider does not register for the type: 400 NoRegisteredProviderFound, worded as ARM answers it
 *   ("No registered resource provider found for location '<loc>' and API version '<v>' for type '<type>'. The
 *   supported api-versions are '<list>'. The supported locations are '<list>'." — quoted in Azure/azure-cli#28496,
 *   Azure/azure-rest-api-specs#18857 and MicrosoftDocs/azure-docs#62621).
 */
export function checkApiVersion(url: URL): void {
  const version = url.searchParams.get('api-version');
  if (!version) {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
      'api-version',
    );
  }
  const supported = API_VERSIONS.join(', ');
  if (!/^\d{4}-\d{2}-\d{2}(-[a-z]+)?$/i.test(version)) {
    throw new ArmError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${version}' is invalid. The supported versions are '${supported}'.`,
      'api-version',
    );
  }
  if (!API_VERSIONS.includes(version)) {
    const type = providerResourceType(url.pathname) ?? 'workspaces';
    throw new ArmError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${LOCATION}' and API version '${version}' for type '${type}'. ` +
        `The supported api-versions are '${supported}'. The supported locations are '${LOCATION}'.`,
      'api-version',
    );
  }
}
