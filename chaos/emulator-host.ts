// The emulator in its own process, for the fault campaign (run by Node as TypeScript, as chaos/run.mjs runs the
// campaign). `emulator-host DATA_DIR [GATEWAY_PORT ARM_PORT]` starts it on DATA_DIR (so a restart
// after a SIGKILL finds its state and blobs, on the same ports), prints one JSON line {ready, env...}, then answers JSON
// commands on stdin, one a line: {"id":1,"faults":[...]} sets the fault rules (src/emulator/faults.ts),
// {"id":2,"azuritePid":true} names Azurite's process. stdin closing stops it.
import { createInterface } from 'node:readline';
import { start, type FaultRule } from '../src/emulator/index.js';

const [dataDir, gatewayPort, armPort] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: emulator-host DATA_DIR [GATEWAY_PORT ARM_PORT]');
async function main(): Promise<void> {
  const emu = await start({
    dataDir,
    gatewayPort: gatewayPort ? Number(gatewayPort) : undefined,
    port: armPort ? Number(armPort) : undefined,
    quiet: true,
  });
  const say = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`);
  void emu.failure.then((error) => {
    say({ failure: error.message });
    process.exit(1);
  });
  say({
    ready: true,
    armEndpoint: emu.armEndpoint,
    caCertPath: emu.caCertPath,
    tokens: emu.tokens,
    subscriptionId: emu.subscriptionId,
    resourceGroup: emu.resourceGroup,
    gatewayEndpoint: emu.gatewayEndpoint,
    azuritePid: emu.azuritePid(),
  });
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    let id: unknown;
    try {
      const command = JSON.parse(line) as { id?: unknown; faults?: FaultRule[]; azuritePid?: boolean };
      id = command.id;
      if (command.faults) emu.setFaults(command.faults);
      say({ id, ok: true, azuritePid: emu.azuritePid() });
    } catch (error) {
      say({ id, ok: false, error: (error as Error).message });
    }
  });
  lines.on('close', () => {
    void emu.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator-host: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
