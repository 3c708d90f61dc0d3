import { describe, expect, it } from '@jest/globals';
import { blobName, formatProgress, localUploadPath } from '../../src/azureml/blob-upload.js';

describe('blob names', () => {
  it('puts files under LocalUpload/<hash>/<own name>', () => {
    const hex = 'ab'.repeat(16);
    expect(localUploadPath(hex, 'diabetes')).toBe(`LocalUpload/${hex}/diabetes`);
    expect(blobName(`LocalUpload/${hex}/diabetes`, 'sub/model.pkl')).toBe(
      `LocalUpload/${hex}/diabetes/sub/model.pkl`,
    );
    expect(blobName('p/', 'f')).toBe('p/f');
  });
});

describe('formatProgress', () => {
  it('shows files, megabytes and throughput', () => {
    expect(
      formatProgress({
        doneFiles: 3,
        files: 10,
        doneBytes: 120 * 1024 * 1024,
        bytes: 2048 * 1024 * 1024,
        seconds: 2,
      }),
    ).toBe('Uploaded 3/10 files, 120.0/2048.0 MB, 60.0 MB/s');
    expect(formatProgress({ doneFiles: 0, files: 1, doneBytes: 0, bytes: 0, seconds: 0 })).toBe(
      'Uploaded 0/1 files, 0.0/0.0 MB, 0.0 MB/s',
    );
  });
});
