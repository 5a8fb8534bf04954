import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';

/** Web Crypto digest names and their node:crypto equivalents. */
const hashNames: Record<string, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

type Digest = SubtleCrypto['digest'];

/** Distinct inputs remembered: Astro hashes the same few inline styles and scripts on every page. */
const MAX_REMEMBERED = 1_000;

/**
 * `crypto.subtle.digest` computed on the calling thread: same bytes, same promise of an
 * ArrayBuffer. Node runs every Web Crypto digest as a job on its thread pool, which costs about
 * 0.2 ms of CPU a call whatever the input's size; Astro hashes each page's inline styles and
 * scripts for the CSP meta tag that way (19,104 calls for 34 distinct inputs at 5,000 posts), so
 * each digest is also remembered by algorithm and input. Every call gets its own ArrayBuffer.
 * Anything but a named SHA digest of bytes goes to the original.
 */
export function inThreadDigest(original: Digest): Digest {
  const remembered = new Map<string, ArrayBuffer>();
  return function digest(this: SubtleCrypto, algorithm, data) {
    const name = hashNames[typeof algorithm === 'string' ? algorithm.toUpperCase() : ''];
    const bytes = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data instanceof ArrayBuffer ? new Uint8Array(data) : undefined;
    if (!name || !bytes) return original.call(this, algorithm, data);
    const key = `${name} ${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')}`;
    let hash = remembered.get(key);
    if (!hash) {
      const computed = createHash(name).update(bytes).digest();
      hash = computed.buffer.slice(computed.byteOffset, computed.byteOffset + computed.byteLength) as ArrayBuffer;
      if (remembered.size < MAX_REMEMBERED) remembered.set(key, hash);
    }
    return Promise.resolve(hash.slice(0));
  };
}

/**
 * Installs inThreadDigest for the build (from the start of the build to its end); the dev and
 * preview servers keep Node's own. See site/src/astroInternals.ts (Astro's CSP hashing).
 */
export function inThreadDigestDuringBuild(): AstroIntegration {
  const subtle = globalThis.crypto.subtle;
  let restore: (() => void) | undefined;
  return {
    name: 'frm-in-thread-digest',
    hooks: {
      'astro:build:start': () => {
        const had = Object.hasOwn(subtle, 'digest');
        const original = subtle.digest;
        subtle.digest = inThreadDigest(original);
        restore = () => {
          if (had) subtle.digest = original;
          else delete (subtle as Partial<SubtleCrypto>).digest;
        };
      },
      'astro:build:done': () => {
        restore?.();
        restore = undefined;
      },
    },
  };
}
