// Rules of Azure Resource Manager itself, for answers the service spec does not describe: the status URLs of
// long-running operations, and refusals of requests that match no operation. Source: the ARM resource provider
// contract (Azure/azure-resource-manager-rpc, v1.0/async-api-reference.md and common-api-details.md#error-response-content).

/** One broken rule: a code, a JSON path in the response body, and what is wrong. */
export interface RuleIssue {
  code: string;
  path: string;
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** ARM's error envelope: `{"error": {"code": "...", "message": "..."}}` on every 4xx and 5xx. */
export function checkErrorEnvelope(body: unknown): RuleIssue[] {
  if (!isObject(body) || !isObject(body.error)) {
    return [
      {
        code: 'ARM_ERROR_ENVELOPE',
        path: '$.error',
        message: 'An error answer must carry {"error": {...}}.',
      },
    ];
  }
  const issues: RuleIssue[] = [];
  for (const field of ['code', 'message'] as const) {
    if (typeof body.error[field] !== 'string' || body.error[field] === '') {
      issues.push({
        code: 'ARM_ERROR_ENVELOPE',
        path: `$.error.${field}`,
        message: `ARM's error envelope needs a non-empty string error.${field}.`,
      });
    }
  }
  return issues;
}

/**
 * A poll of a long-running operation's status URL. `header` says which header handed the URL out:
 * Azure-AsyncOperation answers 200 with `{status, error?}` (error required once Failed or Canceled);
 * Location answers 202 while running, then the final result (200 with a body, or 204).
 */
export function checkPoll(
  header: 'azure-asyncoperation' | 'location',
  statusCode: string,
  body: unknown,
): RuleIssue[] {
  const status = Number(statusCode);
  if (status >= 400) return checkErrorEnvelope(body);
  if (header === 'location') {
    return [200, 202, 204].includes(status)
      ? []
      : [
          {
            code: 'ARM_LOCATION_STATUS',
            path: '$',
            message: `A Location poll answers 200, 202 or 204, not ${status}.`,
          },
        ];
  }
  if (status !== 200) {
    return [
      {
        code: 'ARM_ASYNC_STATUS',
        path: '$',
        message: `An Azure-AsyncOperation poll answers 200, not ${status}.`,
      },
    ];
  }
  if (!isObject(body) || typeof body.status !== 'string' || body.status === '') {
    return [
      { code: 'ARM_ASYNC_STATUS', path: '$.status', message: 'An operation status needs a string status.' },
    ];
  }
  if (body.status === 'Failed' || body.status === 'Canceled') {
    const error = checkErrorEnvelope(body);
    return error.map((issue) => ({ ...issue, code: 'ARM_ASYNC_ERROR' }));
  }
  return [];
}
