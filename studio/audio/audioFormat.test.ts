import { describe, expect, it } from 'vitest';
import { formatBytes } from './audioFormat.ts';

describe('formatBytes', () => {
  it('uses decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1500)).toBe('1.50 kB');
    expect(formatBytes(48_213_456)).toBe('48.2 MB');
    expect(formatBytes(1_200_000_000)).toBe('1.20 GB');
  });
  it('ignores what is not a size', () => {
    expect(formatBytes(undefined)).toBeUndefined();
    expect(formatBytes(-1)).toBeUndefined();
    expect(formatBytes(Number.NaN)).toBeUndefined();
  });
});
