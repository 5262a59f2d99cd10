// Small drawing helpers shared by the shapes and scenes: deterministic randomness, rounding, outlines, SVG ids.
import { shade } from "./colours.mjs";

export function hashString(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const r1 = (n) => Math.round(n * 10) / 10;
export const outline = (c, w = 3) => `stroke="${shade(c, -0.2)}" stroke-width="${w}" stroke-linejoin="round"`;
let uid = 0;
export const id = (p) => `${p}${++uid}`;
/** Each picture numbers its SVG ids from 1 again, so that a picture does not depend on the ones drawn before. */
export function resetIds() {
  uid = 0;
}
