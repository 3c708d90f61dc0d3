// The largest scoring request body a managed online endpoint takes, and the checks the gateway makes against it while
// the body flows (nothing is buffered to count it).
import type { IncomingMessage } from 'node:http';

/**
 * Azure ML's documented limit for a managed online endpoint's request payload: "413 Payload too large: Your request
 * payload is larger than 1.5 megabytes" (Azure ML docs, how-to-troubleshoot-managed-online-endpoints, "HTTP status
 * codes", 2021-05-13 revision in MicrosoftDocs/azure-docs; later revisions drop the row and state no other
 * number). Read as 1.5 MiB.
 */
export const SCORING_BODY_LIMIT = 1.5 * 1024 * 1024;

/**
 * Before a 413 the rest of the body is read and dropped, so the client (still sending) sees the answer rather than
 * a reset connection (Node's server stops reading a request whose answer went out early, and its client stops
 * sending); past this many bytes the connection is closed instead.
 */
export const DRAIN_LIMIT = 1024 * 1024 * 1024;

/** Reads the rest of the request body and drops it, then calls `then`; closes the connection past DRAIN_LIMIT. */
export function drain(req: IncomingMessage, then: () => void): void {
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  if (req.readableEnded) then();
  else req.once('end', then);
  req.resume();
}

/** The 413 message: the size when known, the limit, and what to do. */
export function tooLargeMessage(size: number | undefined): string {
  const what = size === undefined ? 'The request body' : `The request body (${size} bytes)`;
  return (
    `Payload too large: ${what} is over the ${SCORING_BODY_LIMIT} bytes (1.5 MB) a managed online endpoint ` +
    'takes. Send smaller batches, or pass a reference to the data (a blob URL) instead of the data.'
  );
}

/** The Content-Length the client declared, when it is over the limit. */
export function declaredOverLimit(req: IncomingMessage): number | undefined {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > SCORING_BODY_LIMIT ? declared : undefined;
}
