/**
 * Seeded randomness for the illustrative history: the same series name always gives the same noise, so the
 * generated months are byte-identical from run to run (no Math.random, no clock).
 */

/** FNV-1a (32-bit) of the string's UTF-16 code units: a stable seed from a series name. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small 32-bit generator, plenty for noise. Returns a function giving numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A draw in (−1, 1) peaked at 0 (the sum of two uniforms): month-to-month wobble is usually small and never
 * beyond the half-width it is scaled by.
 */
export function triangularNoise(random: () => number): number {
  return random() + random() - 1;
}
