// The key and token actions of an online endpoint (OnlineEndpoints_ListKeys, _RegenerateKeys, _GetToken).
import type { ResourceOperation } from '../context.js';
import { EndpointAuthKeys, EndpointAuthToken, RegenerateEndpointKeysRequest } from '../schemas/online.js';
import { endpointKey, endpointOf, newKey } from './online-endpoints.js';

export const listKeys: ResourceOperation = {
  what: 'EndpointAuthKeys',
  response: EndpointAuthKeys,
  handle: (ctx, req) => ({ status: 200, body: { ...endpointOf(ctx, req.params).ep.keys } }),
};

/** A long-running operation (final-state-via location) that finishes at once. */
export const regenerateKeys: ResourceOperation = {
  what: 'RegenerateEndpointKeysRequest',
  request: RegenerateEndpointKeysRequest,
  handle: (ctx, req) => {
    const { ep } = endpointOf(ctx, req.params);
    const body = req.body as { keyType: 'Primary' | 'Secondary'; keyValue?: string | null };
    const value = typeof body.keyValue === 'string' && body.keyValue !== '' ? body.keyValue : newKey();
    if (body.keyType === 'Primary') ep.keys.primaryKey = value;
    else ep.keys.secondaryKey = value;
    ctx.persist();
    const op = ctx.operations.start();
    ctx.operations.finish(op);
    return ctx.operations.accepted(op);
  },
};

/** An AML token for the endpoint: an hour long, to refresh after half of it (times in seconds since the epoch). */
export const token: ResourceOperation = {
  what: 'EndpointAuthToken',
  response: EndpointAuthToken,
  handle: (ctx, req) => {
    const { ws, ep } = endpointOf(ctx, req.params);
    const { token: accessToken, expires } = ctx.tokens.issue(endpointKey(ws, ep));
    return {
      status: 200,
      body: {
        accessToken,
        tokenType: 'Bearer',
        expiryTimeUtc: Math.floor(expires / 1000),
        refreshAfterTimeUtc: Math.floor((expires - 1_800_000) / 1000),
      },
    };
  },
};
