// The emulator's ports outlive a restart: the ARM endpoint that a running action was given, and the scoring URIs that
// clients (and an in-flight promote) hold, stay valid when the emulator comes back with the same data dir.
import type { AddressInfo, Server } from 'node:net';

/** Where the port came from, for the error when it is taken. */
export type PortSource = 'option' | 'state' | 'free';

/** One of the emulator's listeners: how the user names it, and the option that sets its port. */
export interface Listener {
  what: string;
  option: string;
  /** Why its port is kept, as the error says it. */
  why: string;
}

export const ARM_LISTENER: Listener = {
  what: 'ARM endpoint',
  option: '--port',
  why: 'so the endpoint running steps were given survives restarts',
};
export const GATEWAY_LISTENER: Listener = {
  what: 'scoring gateway',
  option: '--gateway-port',
  why: 'so scoring URIs survive restarts',
};

/** The port to listen on: the option, else the one kept in the state, else a free one (0). */
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
export async function listenKept(
  server: Server,
  listener: Listener,
  choice: { port: number; source: PortSource },
  stateFile: string | undefined,
): Promise<number> {
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') return fail(error);
      const from =
        choice.source === 'option'
          ? `${listener.option} ${choice.port}`
          : `the ${listener.what} port kept in ${stateFile ?? 'the state'} (${listener.why})`;
      const why = error.code === 'EADDRINUSE' ? 'is in use by another process' : 'may not be opened';
      fail(
        new Error(
          `The ${listener.what} cannot listen on 127.0.0.1:${choice.port} (${from}): the port ${why}. ` +
            `Stop what uses it, or start the emulator with ${listener.option} N (another port, or 0 for a free ` +
            'one; the port it gets is kept for the next start).',
        ),
      );
    });
    server.listen(choice.port, '127.0.0.1', () => done());
  });
  return (server.address() as AddressInfo).port;
}
