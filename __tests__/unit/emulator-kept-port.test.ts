// The emulator's ports (ARM, gateway): the option, else the stored one, else a free one; a taken port is a clear error.
import { afterAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ARM_LISTENER, choosePort, GATEWAY_LISTENER, listenKept } from '../../src/emulator/kept-port.js';

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) if (s.listening) await new Promise((done) => s.close(done));
});

describe('choosePort', () => {
  it('prefers the option, then the stored port, then a free one', () => {
    expect(choosePort(8080, 9090)).toEqual({ port: 8080, source: 'option' });
    expect(choosePort(undefined, 9090)).toEqual({ port: 9090, source: 'state' });
    expect(choosePort(undefined, undefined)).toEqual({ port: 0, source: 'free' });
    // 0 asks for a free port even when one is stored.
    expect(choosePort(0, 9090)).toEqual({ port: 0, source: 'free' });
  });
});

describe('listenKept', () => {
  it('listens on the port it is given, and names the port and the way out when it is taken', async () => {
    const first = createServer();
    servers.push(first);
    const port = await listenKept(first, GATEWAY_LISTENER, { port: 0, source: 'free' }, undefined);
    expect((first.address() as AddressInfo).port).toBe(port);
    const second = createServer();
    servers.push(second);
    await expect(
      listenKept(second, GATEWAY_LISTENER, { port, source: 'state' }, '/d/state.json'),
    ).rejects.toThrow(
      new RegExp(
        `^The scoring gateway cannot listen on 127\\.0\\.0\\.1:${port} \\(the scoring gateway port kept in /d/state\\.json.*in use.*--gateway-port N`,
      ),
    );
    await expect(
      listenKept(createServer(), GATEWAY_LISTENER, { port, source: 'option' }, undefined),
    ).rejects.toThrow(`(--gateway-port ${port})`);
    await expect(
      listenKept(createServer(), ARM_LISTENER, { port, source: 'state' }, '/d/state.json'),
    ).rejects.toThrow(
      new RegExp(
        `^The ARM endpoint cannot listen on 127\\.0\\.0\\.1:${port} \\(the ARM endpoint port kept in .*--port N`,
      ),
    );
  });
});
