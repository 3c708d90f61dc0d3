import { generateKeyPairSync, sign } from 'node:crypto';
import forge from 'node-forge';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificate {
  cert: string;
  key: string;
  /** A PEM file clients trust through NODE_EXTRA_CA_CERTS. */
  certPath: string;
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost, usable as its own CA (so NODE_EXTRA_CA_CERTS
 * trusts it). Kept in `dir` and reused, so a client's trust survives an emulator restart.
 */
export function loadOrCreateCertificate(dir: string): Certificate {
  mkdirSync(dir, { recursive: true });
  const certPath = join(dir, 'emulator-ca.pem');
  const keyPath = join(dir, 'emulator-key.pem');
  if (existsSync(certPath) && existsSync(keyPath)) {
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath };
  }
  // The key pair and the signature come from Node's native crypto; node-forge only lays out the certificate.
  // (node-forge's pure-JS RSA takes seconds to generate a key, and 0.3 to 6 s to sign: the most CPU an emulator start
  // took, under jest's module VM the most.)
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 24 * 3600 * 1000);
  const attrs = [{ name: 'commonName', value: 'mlops local Azure ML emulator' }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' },
      ],
    },
  ]);
  // forge's cert.sign sets the signature algorithm (sha256WithRSAEncryption), builds cert.tbsCertificate, then asks the
  // key to sign: the native signer signs those DER bytes (RSASSA-PKCS1-v1_5 with SHA-256, what forge's key would do).
  const nativeSigner = {
    sign: (): string =>
      sign(
        'sha256',
        Buffer.from(forge.asn1.toDer(cert.tbsCertificate).getBytes(), 'binary'),
        pair.privateKey,
      ).toString('binary'),
  };
  cert.sign(nativeSigner as unknown as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  writeFileSync(keyPath, keyPem, { mode: 0o600 });
  writeFileSync(certPath, certPem);
  return { cert: certPem, key: keyPem, certPath };
}
