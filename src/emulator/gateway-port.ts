// The scoring gateway's port outlives a restart: scoring URIs that clients (and an in-flight promote) hold stay
// valid when the emulator comes back with the same data dir.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where the port came from, for the error when it is taken. */
export type PortSource = 'option' | 'state' | 'free';

/** The port to listen on: the `--gateway-port` option, else the one kept in the state, else a free one (0). */
export function choosePort(
  option: number | undefined,
  stored: number | undefined,
): {
  port: number;
  source: PortSource;
} {
  if (option !== undefined && option !== 0) return { port: option, source: 'option' };
  if (option === undefined && stored !== undefined && stored > 0) return { port: stored, source: 'state' };
  return { port: 0, source: 'free' };
}

/** Listens on 127.0.0.1:port; a taken port is an error naming the port, where it came from, and the way out. */
export async function listenGateway(
  server: Server,
  choice: { port: number; source: PortSource },
  stateFile: string | undefined,
): Promise<number> {
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') return fail(error);
      const from =
        choice.source === 'option'
          ? `--gateway-port ${choice.port}`
          : `the gateway port kept in ${stateFile ?? 'the state'} (so scoring URIs survive restarts)`;
      const why = error.code === 'EADDRINUSE' ? 'is in use by another process' : 'may not be opened';
      fail(
        new Error(
          `The scoring gateway cannot listen on 127.0.0.1:${choice.port} (${from}): the port ${why}. ` +
            'Stop what uses it, or start the emulator with --gateway-port N (another port, or 0 for a free ' +
            'one; the port it gets is kept for the next start).',
        ),
      );
    });
    server.listen(choice.port, '127.0.0.1', () => done());
  });
  return (server.address() as AddressInfo).port;
}
