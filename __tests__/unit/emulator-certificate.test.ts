// The emulator's self-signed certificate: what clients trusting it through NODE_EXTRA_CA_CERTS rely on.
import { afterAll, describe, expect, it } from '@jest/globals';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateCertificate } from '../../src/emulator/certificate.js';

const dir = mkdtempSync(join(tmpdir(), 'emulator-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadOrCreateCertificate', () => {
  it('makes a CA certificate for 127.0.0.1 and localhost, signed by its own key (SHA-256 with RSA)', () => {
    const made = loadOrCreateCertificate(join(dir, 'a'));
    const x509 = new X509Certificate(made.cert);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(createPrivateKey(made.key))).toBe(true);
    expect(x509.ca).toBe(true);
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(Date.now() + 4 * 365 * 24 * 3600 * 1000);
    expect(statSync(join(dir, 'a', 'emulator-key.pem')).mode & 0o777).toBe(0o600);
  });

  it('reuses the certificate kept in the folder, so a client keeps trusting a restarted emulator', () => {
    const first = loadOrCreateCertificate(join(dir, 'b'));
    const again = loadOrCreateCertificate(join(dir, 'b'));
    expect(again).toEqual(first);
    const other = loadOrCreateCertificate(join(dir, 'c'));
    expect(other.cert).not.toBe(first.cert);
  });

  it('serves TLS that a client trusting only this certificate accepts', async () => {
    const made = loadOrCreateCertificate(join(dir, 'd'));
    const server = createServer({ cert: made.cert, key: made.key }, (_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const get = (ca: string): Promise<string> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/', ca }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve(body));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect(await get(made.cert)).toBe('ok');
      // Another emulator's certificate does not open this one.
      await expect(get(loadOrCreateCertificate(join(dir, 'e')).cert)).rejects.toThrow(
        /self.signed|verify|certificate/i,
      );
    } finally {
      server.close();
    }
  });
});
