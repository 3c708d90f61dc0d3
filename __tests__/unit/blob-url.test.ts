import { describe, expect, it } from '@jest/globals';
import { containerUrl, isIpStyleEndpoint } from '../../src/azureml/datastore-url.js';

describe('isIpStyleEndpoint', () => {
  it.each(['127.0.0.1:10000', '127.0.0.1', 'localhost:10000', 'LOCALHOST', '[::1]:10000', '::1', '10.1.2.3'])(
    '%s is IP-style',
    (e) => expect(isIpStyleEndpoint(e)).toBe(true),
  );
  it.each(['core.windows.net', 'core.chinacloudapi.cn', 'blob.example.com:443', 'localhost.example.com'])(
    '%s is not',
    (e) => expect(isIpStyleEndpoint(e)).toBe(false),
  );
});

describe('containerUrl', () => {
  it('uses the account subdomain for a cloud endpoint', () => {
    expect(
      containerUrl({
        accountName: 'acct',
        containerName: 'azureml-blobstore-x',
        endpoint: 'core.windows.net',
        protocol: 'https',
      }),
    ).toBe('https://acct.blob.core.windows.net/azureml-blobstore-x');
  });
  it('defaults to https', () => {
    expect(containerUrl({ accountName: 'a', containerName: 'c', endpoint: 'core.usgovcloudapi.net' })).toBe(
      'https://a.blob.core.usgovcloudapi.net/c',
    );
  });
  it('uses a path-style URL for an IP or localhost endpoint (Azurite)', () => {
    expect(
      containerUrl({
        accountName: 'devstoreaccount1',
        containerName: 'azureml-blobstore-dev',
        endpoint: '127.0.0.1:10000',
        protocol: 'http',
      }),
    ).toBe('http://127.0.0.1:10000/devstoreaccount1/azureml-blobstore-dev');
    expect(
      containerUrl({ accountName: 'a', containerName: 'c', endpoint: 'localhost:10000', protocol: 'http' }),
    ).toBe('http://localhost:10000/a/c');
  });
  it('tolerates a scheme or trailing slash in the endpoint', () => {
    expect(
      containerUrl({
        accountName: 'a',
        containerName: 'c',
        endpoint: 'http://127.0.0.1:10000/',
        protocol: 'http',
      }),
    ).toBe('http://127.0.0.1:10000/a/c');
  });
});
