// A client scoring the endpoint through the gateway, one request after another, for as long as a rollout runs.
// Every answer that is not 2xx, and every connection error, is kept with its time, so the campaign can tell the
// failures while the emulator itself was killed (counted apart) from those of a rollout or rollback.

export interface ClientFailure {
  at: number;
  what: string;
}

export interface ClientLoop {
  stop(): Promise<{ sent: number; failures: ClientFailure[] }>;
}

export function startClientLoop(
  scoringUrl: () => string,
  key: () => Promise<string>,
  body: string,
): ClientLoop {
  let running = true;
  let sent = 0;
  const failures: ClientFailure[] = [];
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      sent++;
      try {
        const res = await fetch(scoringUrl(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await key()}` },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        const text = await res.text();
        if (res.status < 200 || res.status >= 300)
          failures.push({
            at,
            what: `${res.status} from ${res.headers.get('azureml-model-deployment') ?? '(no deployment)'}: ${text.slice(0, 160)}`,
          });
      } catch (error) {
        failures.push({ at, what: `${(error as Error).name}: ${(error as Error).message}` });
        await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { sent, failures };
    },
  };
}
