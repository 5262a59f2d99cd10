// Colours of the demo catalogue's illustrations: the shop's colour codes, each category's palette, and
// mix/shade to derive lighter and darker tones.

const rgb = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const hex = (c) =>
  "#" +
  c
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");
export const mix = (a, b, t) => {
  const A = rgb(a);
  const B = rgb(b);
  return hex(A.map((v, i) => v + (B[i] - v) * t));
};
/** t > 0 lightens towards white, t < 0 darkens towards a warm black. */
export const shade = (c, t) => (t >= 0 ? mix(c, "#ffffff", t) : mix(c, "#1e1914", -t));

/** The shop's colour codes (prisma/seed-data/types.ts), as muted fabric/leather tones. */
export const SWATCH = {
  black: "#2e2d31",
  white: "#f8f6f1",
  navy: "#27405f",
  blue: "#8db2d6",
  red: "#c44a3f",
  green: "#8aa784",
  beige: "#d8c3a0",
  grey: "#9da1a6",
  brown: "#8b5d3d",
  pink: "#e9b7b9",
  yellow: "#e2b34a",
  natural: "#e9ddc6",
};

/** Background (soft pastel) and accent of each category; children fall back to their parent. */
export const PALETTE = {
  vetements: { bg: "#f3e6e1", accent: "#c98f86" },
  "vetements-femme": { bg: "#f6e4e0", accent: "#d29a93" },
  "vetements-homme": { bg: "#e3e9f0", accent: "#7f97b3" },
  chaussures: { bg: "#f3e8d6", accent: "#c79c62" },
  maison: { bg: "#e8eee4", accent: "#8fa785" },
  "linge-de-maison": { bg: "#e6ede3", accent: "#93ab88" },
  decoration: { bg: "#ece6f1", accent: "#a590bd" },
  cuisine: { bg: "#f5e5d7", accent: "#cf8e63" },
  "epicerie-fine": { bg: "#f7efd2", accent: "#d2a93e" },
  beaute: { bg: "#e2efeb", accent: "#7fb0a2" },
  papeterie: { bg: "#e3ebf4", accent: "#7d9cc4" },
};
