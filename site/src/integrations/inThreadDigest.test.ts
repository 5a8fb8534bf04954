import { describe, expect, it } from 'vitest';
import { inThreadDigest, inThreadDigestDuringBuild } from './inThreadDigest.ts';

const subtle = globalThis.crypto.subtle;
const original = subtle.digest.bind(subtle);
const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex');

describe('inThreadDigest', () => {
  const digest = inThreadDigest(subtle.digest);
  const text = new TextEncoder().encode('body { color: red; } \u00e9\u{1F600}');
  const padded = new Uint8Array([9, 9, ...text, 9]);

  it('gives the same digest as Web Crypto for each SHA and each kind of bytes', async () => {
    for (const algorithm of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256']) {
      for (const data of [text, text.buffer, padded.subarray(2, 2 + text.length), new DataView(padded.buffer, 2, text.length), new Uint8Array()]) {
        const ours = await digest.call(subtle, algorithm, data);
        expect(ours).toBeInstanceOf(ArrayBuffer);
        expect(hex(ours), `${algorithm} of ${data.constructor.name}`).toBe(hex(await original(algorithm, data)));
      }
    }
  });

  it('answers a repeated input with the same digest, each time in a buffer of its own', async () => {
    const first = await digest.call(subtle, 'SHA-256', text);
    const again = await digest.call(subtle, 'SHA-256', new Uint8Array(text));
    expect(again).not.toBe(first);
    expect(hex(again)).toBe(hex(first));
    new Uint8Array(first).fill(0);
    expect(hex(await digest.call(subtle, 'SHA-256', text))).toBe(hex(await original('SHA-256', text)));
    // The same bytes under another algorithm are another digest.
    expect(hex(await digest.call(subtle, 'SHA-384', text))).toBe(hex(await original('SHA-384', text)));
  });

  it('leaves an algorithm object to Web Crypto, including its errors', async () => {
    expect(hex(await digest.call(subtle, { name: 'SHA-256' }, text))).toBe(hex(await original('SHA-256', text)));
    await expect(digest.call(subtle, 'MD5', text)).rejects.toThrow();
  });
});

describe('inThreadDigestDuringBuild', () => {
  it('replaces crypto.subtle.digest from the start of the build to its end', async () => {
    const before = subtle.digest;
    const { hooks } = inThreadDigestDuringBuild();
    const call = (hook: unknown) => (hook as () => void)();
    call(hooks['astro:build:start']);
    expect(subtle.digest).not.toBe(before);
    expect(hex(await subtle.digest('SHA-256', new Uint8Array([1, 2])))).toBe(hex(await original('SHA-256', new Uint8Array([1, 2]))));
    call(hooks['astro:build:done']);
    expect(subtle.digest).toBe(before);
    expect(Object.hasOwn(subtle, 'digest')).toBe(false);
  });
});
