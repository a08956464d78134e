import { createHash } from 'node:crypto';

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a string (first 4 bytes of its SHA-256). */
export const seedOf = (s: string): number => createHash('sha256').update(s).digest().readUInt32BE(0);

export const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Upper-case alphanumerics derived from a string, for Message-IDs and boundaries. */
export function hashChars(s: string, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
  const h = createHash('sha512').update(s).digest();
  let out = '';
  for (let i = 0; out.length < n; i++) out += alphabet[h[i % h.length]! % alphabet.length];
  return out;
}
