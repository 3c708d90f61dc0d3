// Azurite runs as a child process; when it dies under the emulator (killed, crashed), the emulator notices: with
// its blobs on disk it starts Azurite again on the same port (the blob URLs it handed out stay valid); with its
// blobs in memory they are gone, so the emulator stops and says why.
import type { AzuriteProcess } from './azurite.js';

/**
 * A crash loop: this many deaths within CRASH_LOOP_MS. An Azurite that dies at every start reaches it within seconds;
 * an outsider's kills now and then (two within ten seconds, seen in the fault campaign) do not, and are restarted.
 */
export const CRASH_LOOP_DEATHS = 3;
export const CRASH_LOOP_MS = 30_000;

/** Whether the deaths so far (ms since epoch, oldest first) make a crash loop at `now`. */
export function isCrashLoop(deaths: number[], now: number): boolean {
  return deaths.filter((t) => now - t < CRASH_LOOP_MS).length >= CRASH_LOOP_DEATHS;
}

export interface WatchedAzurite {
  /** The Azurite process serving now. */
  current(): AzuriteProcess;
  /** Resolves with the reason when Azurite died and could not (or must not) be restarted. */
  failure: Promise<Error>;
  /** Stops watching and stops Azurite. */
  stop(): Promise<void>;
}

/**
 * Watches `first`. `restart` starts Azurite again on the same port with the same on-disk location; absent when
 * its blobs are in memory (a restart would serve an empty store as if nothing had happened).
 */
export function watchAzurite(
  first: AzuriteProcess,
  restart: (() => Promise<AzuriteProcess>) | undefined,
  log: (line: string) => void,
): WatchedAzurite {
  let current = first;
  let stopped = false;
  let fail!: (error: Error) => void;
  const failure = new Promise<Error>((resolve) => (fail = resolve));
  const deaths: number[] = [];
  const watch = (proc: AzuriteProcess): void => {
    void proc.died.then(async (how) => {
      if (stopped) return;
      deaths.push(Date.now());
      const what = `Azurite (the emulator's blob storage, pid ${proc.pid}, port ${proc.port}) ${how}`;
      if (!restart) {
        return fail(
          new Error(
            `${what}. Its blobs were kept in memory and are lost, so the emulator stops. Start the emulator ` +
              'again; with --data-dir DIR the blobs are kept on disk and a dead Azurite is restarted instead.',
          ),
        );
      }
      if (isCrashLoop(deaths, Date.now())) {
        return fail(
          new Error(
            `${what}: ${CRASH_LOOP_DEATHS} deaths within ${CRASH_LOOP_MS / 1000} s, a crash loop, so the emulator stops. Look for ` +
              'what kills it (memory, disk space, another process), then start the emulator again.',
          ),
        );
      }
      log(`${what}; starting it again on port ${proc.port} with the blobs kept on disk.`);
      let next: AzuriteProcess;
      try {
        next = await restart();
      } catch (error) {
        return fail(
          new Error(
            `${what}, and it could not be started again (${error instanceof Error ? error.message : String(error)}), ` +
              'so the emulator stops. Free the port or fix the cause, then start the emulator again.',
          ),
        );
      }
      if (stopped) return void (await next.stop());
      current = next;
      log(`Azurite is serving again (pid ${next.pid}, port ${next.port}).`);
      watch(next);
    });
  };
  watch(first);
  return {
    current: () => current,
    failure,
    stop: async () => {
      stopped = true;
      await current.stop();
    },
  };
}
