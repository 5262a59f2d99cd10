// Draws the demo catalogue's illustrations: flat, pastel "studio" pictures of each product, one per
// image listed in prisma/seed-data/products.ts, plus one picture per category and the default Open Graph image.
// No text is rendered (fonts are not reliable on every machine). Deterministic: same data, same pictures.
//
//   npx tsx scripts/generate-product-images.mjs            # all images
//   npx tsx scripts/generate-product-images.mjs espadrilles # only products whose slug contains "espadrilles"
//
// Output: public/images/products/<file>.webp (800×800), public/images/categories/<slug>.webp (800×600),
// public/images/og-default.webp (1200×630).
import { mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { products } from "../prisma/seed-data/products.ts";
import { categories } from "../prisma/seed-data/categories.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "public", "images");
const WEBP = { quality: 78, effort: 6, smartSubsample: true };

// ─────────────────────────────── colours ───────────────────────────────

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
const mix = (a, b, t) => {
  const A = rgb(a);
  const B = rgb(b);
  return hex(A.map((v, i) => v + (B[i] - v) * t));
};
/** t > 0 lightens towards white, t < 0 darkens towards a warm black. */
const shade = (c, t) => (t >= 0 ? mix(c, "#ffffff", t) : mix(c, "#1e1914", -t));

/** The shop's colour codes (prisma/seed-data/types.ts), as muted fabric/leather tones. */
const SWATCH = {
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
const PALETTE = {
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

// ─────────────────────────────── helpers ───────────────────────────────

function hashString(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r1 = (n) => Math.round(n * 10) / 10;
const outline = (c, w = 3) => `stroke="${shade(c, -0.2)}" stroke-width="${w}" stroke-linejoin="round"`;
let uid = 0;
const id = (p) => `${p}${++uid}`;

// ─────────────────────────────── shapes ───────────────────────────────
// Every shape is drawn around (0, 0) and fits roughly in a 560 × 520 box. `o` holds the look:
// o.c (main colour), o.c2 (second colour), o.i (image index, 1-based) and kind-specific options.

const TEE =
  "M -75,-205 Q 0,-178 75,-205 L 150,-190 L 258,-72 L 198,-20 L 150,-72 L 150,212 Q 0,224 -150,212 L -150,-72 L -198,-20 L -258,-72 L -150,-190 Z";
const JUMPER = (hem) =>
  `M -62,-206 Q 0,-176 62,-206 L 150,-190 Q 205,-170 218,-100 L 252,${hem - 30} L 192,${hem - 18} L 156,-30 L 156,${hem} Q 0,${hem + 10} -156,${hem} L -156,-30 L -192,${hem - 18} L -252,${hem - 30} L -218,-100 Q -205,-170 -150,-190 Z`;

const shapes = {
  /** Breton top: white jersey with coloured stripes, boat neck. */
  tee(o) {
    const clip = id("clip");
    let stripes = "";
    for (let y = -128; y < 230; y += 36) stripes += `<rect x="-270" y="${y}" width="540" height="15" fill="${o.c}"/>`;
    const base = o.base ?? SWATCH.white;
    return `<defs><clipPath id="${clip}"><path d="${TEE}"/></clipPath></defs>
      <path d="${TEE}" fill="${base}"/>
      <g clip-path="url(#${clip})">${stripes}
        <path d="M -258,-72 L -198,-20 L -190,-30 L -250,-82 Z M 258,-72 L 198,-20 L 190,-30 L 250,-82 Z" fill="${o.c}"/>
      </g>
      <path d="M -75,-205 Q 0,-178 75,-205 Q 0,-160 -75,-205 Z" fill="${shade(base, -0.12)}"/>
      <path d="M -150,-72 L -150,60 M 150,-72 L 150,60" stroke="${shade(base, -0.1)}" stroke-width="3"/>
      <path d="${TEE}" fill="none" ${outline(base)}/>`;
  },

  /** Knitted jumper; o.cardigan for a buttoned cardigan, o.fisherman for shoulder buttons and elbow patches. */
  jumper(o) {
    const hem = o.cardigan ? 160 : 215;
    const d = JUMPER(hem);
    const clip = id("clip");
    const dark = shade(o.c, -0.14);
    let knit = "";
    for (let x = -250; x <= 250; x += 14) knit += `M ${x},-220 L ${x},${hem + 20} `;
    let ribs = "";
    for (let x = -150; x <= 150; x += 10) ribs += `M ${x},${hem - 28} L ${x},${hem + 4} `;
    for (const s of [-1, 1])
      for (let k = 0; k < 6; k++)
        ribs += `M ${s * (196 + k * 9)},${hem - 48 + k * 2} L ${s * (194 + k * 9)},${hem - 20 + k * 2} `;
    let extra = "";
    if (o.cardigan) {
      extra += `<path d="M -62,-206 L 0,-70 L 62,-206" fill="none" stroke="${dark}" stroke-width="14" stroke-linejoin="round"/>
        <path d="M 0,-70 L 0,${hem + 6}" stroke="${dark}" stroke-width="5"/>`;
      for (let y = -40; y < hem - 10; y += 46)
        extra += `<circle cx="12" cy="${y}" r="9" fill="#f6f1e8" stroke="${shade("#f6f1e8", -0.2)}" stroke-width="2"/>`;
    } else {
      extra += `<path d="M -62,-206 Q 0,-176 62,-206" fill="none" stroke="${dark}" stroke-width="16" stroke-linecap="round"/>`;
    }
    if (o.fisherman) {
      for (const x of [-118, -96, -74]) extra += `<circle cx="${x}" cy="-188" r="7" fill="${shade(o.c, -0.45)}"/>`;
      extra += `<path d="M -150,-190 L -70,-200" stroke="${dark}" stroke-width="4"/>`;
      extra += `<ellipse cx="-218" cy="40" rx="22" ry="40" transform="rotate(-12 -218 40)" fill="${shade(o.c, -0.3)}"/>
        <ellipse cx="218" cy="40" rx="22" ry="40" transform="rotate(12 218 40)" fill="${shade(o.c, -0.3)}"/>`;
    }
    return `<defs><clipPath id="${clip}"><path d="${d}"/></clipPath></defs>
      <path d="${d}" fill="${o.c}"/>
      <g clip-path="url(#${clip})">
        <path d="${knit}" stroke="${shade(o.c, 0.12)}" stroke-width="3" opacity="0.5"/>
        <rect x="-160" y="${hem - 30}" width="320" height="50" fill="${dark}" opacity="0.35"/>
        <path d="${ribs}" stroke="${dark}" stroke-width="3"/>
      </g>
      ${extra}
      <path d="${d}" fill="none" ${outline(o.c)}/>`;
  },

  /** Shirt dress with collar, buttons and a tie belt. */
  dress(o) {
    const d =
      "M -60,-215 Q 0,-196 60,-215 L 122,-200 L 188,-118 L 142,-84 L 116,-114 L 116,-20 Q 152,100 205,238 Q 0,262 -205,238 Q -152,100 -116,-20 L -116,-114 L -142,-84 L -188,-118 L -122,-200 Z";
    const dark = shade(o.c, -0.18);
    let buttons = "";
    for (let y = -170; y < 230; y += 44)
      if (Math.abs(y + 22) > 20)
        buttons += `<circle cx="0" cy="${y}" r="6.5" fill="${shade(o.c, 0.45)}" stroke="${dark}" stroke-width="2"/>`;
    return `<path d="${d}" fill="${o.c}" ${outline(o.c)}/>
      <path d="M 0,-198 L 0,245" stroke="${dark}" stroke-width="3"/>
      <path d="M -60,-215 L -8,-170 L -30,-150 L -78,-205 Z M 60,-215 L 8,-170 L 30,-150 L 78,-205 Z" fill="${shade(o.c, 0.1)}" stroke="${dark}" stroke-width="3" stroke-linejoin="round"/>
      <path d="M -150,80 Q -40,60 -60,140 M 150,80 Q 40,60 60,140" fill="none" stroke="${shade(o.c, -0.08)}" stroke-width="3" opacity="0.8"/>
      <rect x="-119" y="-36" width="238" height="26" rx="6" fill="${dark}"/>
      <path d="M 30,-22 Q 58,40 40,96 M 30,-22 Q 84,30 86,82" fill="none" stroke="${dark}" stroke-width="12" stroke-linecap="round"/>
      <circle cx="30" cy="-22" r="13" fill="${dark}"/>
      ${buttons}`;
  },

  /** Shirt (o.jacket: work jacket with lapels and patch pockets). */
  shirt(o) {
    const d =
      "M -60,-212 L 60,-212 L 150,-190 Q 205,-170 218,-100 L 250,190 L 190,200 L 156,-30 L 156,215 Q 0,235 -156,215 L -156,-30 L -190,200 L -250,190 L -218,-100 Q -205,-170 -150,-190 Z";
    const dark = shade(o.c, -0.2);
    const btnFill = o.jacket ? shade(o.c, -0.45) : shade(o.c, 0.5);
    let buttons = "";
    const top = o.jacket ? -110 : -160;
    for (let y = top; y < 200; y += o.jacket ? 62 : 50)
      buttons += `<circle cx="8" cy="${y}" r="${o.jacket ? 9 : 6}" fill="${btnFill}" stroke="${dark}" stroke-width="2"/>`;
    let body = `<path d="${d}" fill="${o.c}" ${outline(o.c)}/>
      <path d="M -4,-205 L -4,222" stroke="${dark}" stroke-width="3"/>
      <path d="M 20,-205 L 20,222" stroke="${shade(o.c, -0.1)}" stroke-width="2"/>
      <path d="M -218,150 L -248,150 M 218,150 L 248,150" stroke="${dark}" stroke-width="3"/>`;
    if (o.jacket) {
      body += `<path d="M -60,-212 L -4,-120 L -50,-60 L -98,-200 Z M 60,-212 L -4,-120 L 46,-60 L 98,-200 Z" fill="${shade(o.c, -0.06)}" stroke="${dark}" stroke-width="3" stroke-linejoin="round"/>
        <rect x="-132" y="-90" width="78" height="82" rx="6" fill="${shade(o.c, 0.06)}" stroke="${dark}" stroke-width="3" stroke-dasharray="7 5"/>
        <rect x="-134" y="70" width="96" height="100" rx="8" fill="${shade(o.c, 0.06)}" stroke="${dark}" stroke-width="3" stroke-dasharray="7 5"/>
        <rect x="46" y="70" width="96" height="100" rx="8" fill="${shade(o.c, 0.06)}" stroke="${dark}" stroke-width="3" stroke-dasharray="7 5"/>`;
    } else {
      body += `<path d="M -60,-212 Q 0,-196 60,-212 L 60,-190 Q 0,-172 -60,-190 Z" fill="${shade(o.c, -0.06)}" stroke="${dark}" stroke-width="3"/>
        <path d="M -128,-110 L -60,-110 L -60,-40 Q -94,-28 -128,-40 Z" fill="none" stroke="${dark}" stroke-width="3"/>`;
    }
    return body + buttons;
  },

  /** Silk square with waves and parasols; on image 2 it is folded into a triangle. */
  scarf(o) {
    const clip = id("clip");
    const shape = o.i === 2 ? "M -270,-150 L 270,-150 L 0,180 Z" : "M -220,-220 L 220,-220 L 220,220 L -220,220 Z";
    let waves = "";
    for (let y = -180; y <= 220; y += 55) {
      let p = `M -300,${y}`;
      for (let x = -300; x < 300; x += 60) p += ` q 15,-18 30,0 t 30,0`;
      waves += `<path d="${p}" fill="none" stroke="${shade(o.c, 0.55)}" stroke-width="7" stroke-linecap="round"/>`;
    }
    let parasols = "";
    for (const [x, y, col] of [
      [-120, -120, o.c2],
      [110, -40, "#e8875f"],
      [-40, 90, o.c2],
      [140, 150, "#e8875f"],
      [-160, 170, "#f4efe2"],
    ])
      parasols += `<path d="M ${x - 34},${y} A 34,26 0 0 1 ${x + 34},${y} Z" fill="${col}"/><path d="M ${x},${y} L ${x + 6},${y + 44}" stroke="${shade(o.c, -0.3)}" stroke-width="4" stroke-linecap="round"/>`;
    return `<defs><clipPath id="${clip}"><path d="${shape}"/></clipPath></defs>
      <path d="${shape}" fill="${o.c}"/>
      <g clip-path="url(#${clip})">${waves}${parasols}</g>
      <path d="${shape}" fill="none" stroke="${o.c2}" stroke-width="22" stroke-linejoin="round" opacity="0.9"/>
      <path d="${shape}" fill="none" ${outline(o.c)}/>`;
  },

  beret(o) {
    const light = shade(o.c, 0.16);
    return `<ellipse cx="0" cy="70" rx="236" ry="86" fill="${shade(o.c, -0.25)}"/>
      <ellipse cx="0" cy="40" rx="240" ry="100" fill="${o.c}"/>
      <ellipse cx="-50" cy="10" rx="140" ry="50" fill="${light}" opacity="0.45"/>
      <path d="M -150,118 Q 0,160 150,118" fill="none" stroke="#6b4a2f" stroke-width="10" stroke-linecap="round"/>
      <path d="M -4,-40 Q -2,-70 12,-76" fill="none" stroke="${o.c}" stroke-width="14" stroke-linecap="round"/>`;
  },

  beanie(o) {
    const dark = shade(o.c, -0.2);
    let ribs = "";
    for (let x = -150; x <= 150; x += 22) ribs += `M ${x},${60} Q ${x * 0.55},-60 ${x * 0.1},-190 `;
    let cuff = "";
    for (let x = -168; x <= 168; x += 16) cuff += `M ${x},60 L ${x},170 `;
    return `<path d="M -175,70 Q -180,-215 0,-215 Q 180,-215 175,70 Z" fill="${o.c}" ${outline(o.c)}/>
      <path d="${ribs}" fill="none" stroke="${dark}" stroke-width="4" opacity="0.6"/>
      <rect x="-190" y="50" width="380" height="130" rx="26" fill="${shade(o.c, -0.05)}" ${outline(o.c)}/>
      <path d="${cuff}" stroke="${dark}" stroke-width="4" opacity="0.7"/>
      <ellipse cx="-70" cy="-120" rx="50" ry="28" fill="${shade(o.c, 0.2)}" opacity="0.35"/>`;
  },

  /** Rolled belt (image 1) or belt laid diagonally with its buckle (image 2). */
  belt(o) {
    const brass = "#c9a24a";
    if (o.i === 2) {
      let holes = "";
      for (let x = 60; x <= 180; x += 30) holes += `<circle cx="${x}" cy="0" r="6" fill="${shade(o.c, -0.45)}"/>`;
      return `<g transform="rotate(-28)">
        <rect x="-300" y="-38" width="560" height="76" rx="14" fill="${o.c}" ${outline(o.c)}/>
        <path d="M -290,-26 L 250,-26 M -290,26 L 250,26" stroke="${shade(o.c, 0.25)}" stroke-width="3" stroke-dasharray="8 7"/>
        ${holes}
        <rect x="-250" y="-62" width="86" height="124" rx="16" fill="none" stroke="${brass}" stroke-width="16"/>
        <rect x="-214" y="-7" width="90" height="14" rx="7" fill="${shade(brass, -0.15)}"/>
        <rect x="-150" y="-44" width="26" height="88" rx="4" fill="${shade(o.c, -0.2)}"/>
      </g>`;
    }
    let rings = "";
    for (const r of [150, 116, 82, 48])
      rings += `<circle cx="-20" cy="20" r="${r}" fill="none" stroke="${shade(o.c, -0.3)}" stroke-width="4"/>`;
    return `<circle cx="-20" cy="20" r="186" fill="${o.c}" ${outline(o.c)}/>
      ${rings}
      <circle cx="-20" cy="20" r="18" fill="${shade(o.c, -0.35)}"/>
      <path d="M 150,100 L 250,150 L 228,196 L 128,146 Z" fill="${o.c}" ${outline(o.c)}/>
      <rect x="188" y="94" width="94" height="128" rx="18" transform="rotate(26 235 158)" fill="none" stroke="${brass}" stroke-width="15"/>
      <ellipse cx="-80" cy="-60" rx="70" ry="30" transform="rotate(-30 -80 -60)" fill="#ffffff" opacity="0.12"/>`;
  },

  espadrille(o) {
    const jute = "#cfae7b";
    const sole =
      "M -246,150 Q -254,112 -222,104 L 222,104 Q 258,110 252,142 Q 246,170 210,174 L -210,174 Q -244,170 -246,150 Z";
    const clip = id("clip");
    let braid = "";
    for (let x = -260; x <= 260; x += 16) braid += `M ${x},104 l 12,14 l -12,14 l 12,14 l -12,14 `;
    return `<defs><clipPath id="${clip}"><path d="${sole}"/></clipPath></defs>
      <path d="M -224,108 L -224,44 Q -220,26 -192,26 L -40,42 Q 60,-34 168,18 Q 232,52 246,108 Z" fill="${o.c}" ${outline(o.c)}/>
      <ellipse cx="-118" cy="40" rx="84" ry="15" fill="${shade(o.c, -0.45)}"/>
      <path d="M -40,42 Q 60,-34 168,18" fill="none" stroke="${shade(o.c, 0.3)}" stroke-width="6" stroke-linecap="round"/>
      <path d="M -210,92 L 232,92" stroke="${shade(o.c, 0.45)}" stroke-width="4" stroke-dasharray="10 8"/>
      <path d="${sole}" fill="${jute}"/>
      <g clip-path="url(#${clip})"><path d="${braid}" fill="none" stroke="${shade(jute, -0.22)}" stroke-width="4"/></g>
      <path d="${sole}" fill="none" ${outline(jute)}/>
      <path d="M -240,166 L 246,166" stroke="${shade(jute, -0.35)}" stroke-width="5" opacity="0.6"/>`;
  },

  sneaker(o) {
    const sole = "#efe9dc";
    let laces = "";
    for (let k = 0; k < 5; k++) {
      const x = -40 + k * 30;
      const y = -40 + k * 13;
      laces += `<path d="M ${x - 14},${y - 6} L ${x + 16},${y + 10}" stroke="${shade(o.c, -0.25)}" stroke-width="6" stroke-linecap="round"/><circle cx="${x - 16}" cy="${y + 14}" r="4" fill="${shade(o.c, -0.35)}"/>`;
    }
    return `<path d="M -236,110 L -236,10 Q -232,-32 -190,-36 L -122,-30 Q -92,-62 -42,-58 L 22,-30 Q 122,0 202,40 Q 246,62 248,110 Z" fill="${o.c}" ${outline(o.c, 4)}/>
      <path d="M -236,10 Q -232,-32 -190,-36 L -150,-33 L -160,80 L -236,80 Z" fill="${SWATCH.beige}" ${outline(SWATCH.beige)}/>
      <path d="M 120,30 Q 196,40 240,90" fill="none" stroke="${shade(o.c, -0.15)}" stroke-width="4"/>
      <path d="M -120,60 L 150,60" stroke="${shade(o.c, -0.12)}" stroke-width="3" stroke-dasharray="9 7"/>
      ${laces}
      <path d="M -244,108 L 250,108 Q 258,122 250,136 Q 244,146 230,146 L -232,146 Q -248,144 -248,128 Z" fill="${sole}" ${outline(sole, 4)}/>
      <path d="M -240,126 L 248,126" stroke="${shade(sole, -0.18)}" stroke-width="3"/>`;
  },

  slipper(o) {
    const rand = rng(17);
    let flecks = "";
    for (let k = 0; k < 40; k++)
      flecks += `<circle cx="${r1(-200 + rand() * 420)}" cy="${r1(40 + rand() * 60)}" r="2.4" fill="${shade(o.c, rand() > 0.5 ? 0.3 : -0.25)}"/>`;
    return `<path d="M -232,116 Q -244,44 -184,36 L -90,40 Q 40,-40 170,18 Q 242,52 242,116 Z" fill="${o.c}" ${outline(o.c)}/>
      <ellipse cx="-132" cy="44" rx="84" ry="16" fill="${shade(o.c, -0.4)}"/>
      <path d="M -90,40 Q 40,-40 170,18" fill="none" stroke="${shade(o.c, -0.15)}" stroke-width="10" stroke-linecap="round"/>
      ${flecks}
      <path d="M -240,112 L 246,112 Q 250,136 232,140 L -226,140 Q -244,136 -240,112 Z" fill="#7a5236" ${outline("#7a5236")}/>`;
  },

  chelsea(o) {
    const elastic = shade(o.c, -0.35);
    let ribs = "";
    for (let x = -146; x <= -50; x += 12) ribs += `M ${x},-160 L ${x + 6},-26 `;
    return `<path d="M -186,134 L -186,-168 Q -186,-192 -162,-192 L -22,-192 Q 0,-192 2,-170 L 14,-22 Q 124,-2 204,40 Q 248,64 248,134 Z" fill="${o.c}" ${outline(o.c)}/>
      <path d="M -150,-192 L -46,-192 L -40,-20 Q -95,6 -156,-20 Z" fill="${elastic}"/>
      <path d="${ribs}" stroke="${shade(elastic, -0.3)}" stroke-width="3"/>
      <path d="M -186,-192 Q -214,-230 -182,-244 Q -160,-250 -150,-192" fill="none" stroke="${shade(o.c, -0.2)}" stroke-width="10"/>
      <path d="M 14,-22 Q 124,-2 204,40" fill="none" stroke="${shade(o.c, 0.2)}" stroke-width="5"/>
      <ellipse cx="130" cy="40" rx="60" ry="18" transform="rotate(16 130 40)" fill="#ffffff" opacity="0.14"/>
      <path d="M -194,130 L 254,130 L 254,150 Q 250,168 232,168 L -70,168 L -70,184 L -190,184 L -194,170 Z" fill="#2b2522" ${outline("#2b2522")}/>
      <path d="M -186,142 L 246,142" stroke="#d9c7a5" stroke-width="3" stroke-dasharray="8 6"/>`;
  },

  careKit() {
    const tin = "#c5c9cf";
    const wood = "#c79a63";
    let bristles = "";
    for (let x = 16; x <= 226; x += 10) bristles += `M ${x},120 L ${x + 2},176 `;
    return `<ellipse cx="-110" cy="40" rx="150" ry="52" fill="${shade(tin, -0.1)}"/>
      <rect x="-260" y="-30" width="300" height="70" fill="${shade(tin, -0.1)}"/>
      <ellipse cx="-110" cy="-30" rx="150" ry="52" fill="${tin}" ${outline(tin)}/>
      <ellipse cx="-110" cy="-30" rx="110" ry="36" fill="none" stroke="${shade(tin, -0.25)}" stroke-width="4"/>
      <ellipse cx="-150" cy="-46" rx="40" ry="12" fill="#ffffff" opacity="0.45"/>
      <rect x="0" y="60" width="240" height="66" rx="26" fill="${wood}" ${outline(wood)}/>
      <path d="M 30,78 Q 120,66 210,80" stroke="${shade(wood, -0.2)}" stroke-width="3" fill="none"/>
      <path d="${bristles}" stroke="#3a2c22" stroke-width="5" stroke-linecap="round"/>
      <path d="M -60,150 Q 40,120 130,190 Q 20,230 -90,200 Z" fill="#efe2c7" ${outline("#efe2c7")}/>`;
  },

  /** Stack of folded textiles. o.layers, o.pattern: linen | waffle | herringbone | stripes, o.fringe, o.buttons. */
  stack(o) {
    const n = o.layers ?? 3;
    const h = 64;
    const topY = -60 - ((n - 1) * h) / 2;
    const pid = id("pat");
    const col = o.c;
    const line = shade(col, col === SWATCH.white ? -0.1 : -0.14);
    let pattern = "";
    if (o.pattern === "waffle")
      pattern = `<pattern id="${pid}" width="18" height="18" patternUnits="userSpaceOnUse"><rect width="18" height="18" fill="${col}"/><rect x="3" y="3" width="12" height="12" rx="2" fill="${shade(col, -0.1)}"/></pattern>`;
    else if (o.pattern === "herringbone")
      pattern = `<pattern id="${pid}" width="28" height="28" patternUnits="userSpaceOnUse"><rect width="28" height="28" fill="${col}"/><path d="M 0,0 L 14,14 L 0,28 M 14,0 L 28,14 L 14,28" fill="none" stroke="${shade(col, -0.16)}" stroke-width="5"/></pattern>`;
    else
      pattern = `<pattern id="${pid}" width="60" height="12" patternUnits="userSpaceOnUse"><rect width="60" height="12" fill="${col}"/><path d="M 4,4 L 30,4 M 36,9 L 56,9" stroke="${shade(col, 0.18)}" stroke-width="2"/></pattern>`;
    let out = `<defs>${pattern}</defs>`;
    const stripes = (x0, x1, y0, y1) =>
      o.pattern === "stripes"
        ? [-150, -128, 128, 150]
            .map((x) => `<rect x="${x - 5}" y="${y0}" width="10" height="${y1 - y0}" fill="${o.c2}"/>`)
            .join("")
        : "";
    // layers from bottom to top
    for (let k = n - 1; k >= 0; k--) {
      const y = topY + k * h;
      const w = 228 - k * 4;
      out += `<path d="M ${-w},${y} L ${w},${y} Q ${w + 22},${y + h / 2} ${w},${y + h} L ${-w},${y + h} Q ${-w - 8},${y + h / 2} ${-w},${y} Z" fill="url(#${pid})" ${outline(col)}/>`;
      out += `<path d="M ${-w},${y + h} L ${w},${y + h} Q ${w + 22},${y + h / 2} ${w},${y} L ${w - 4},${y + 6} Q ${w + 12},${y + h / 2} ${w - 4},${y + h - 4} Z" fill="${shade(col, -0.08)}" opacity="0.6"/>`;
      out += stripes(-w, w, y + 2, y + h - 2);
      out += `<path d="M ${-w + 20},${y + h / 2 + 4} Q 0,${y + h / 2 - 6} ${w - 30},${y + h / 2 + 2}" fill="none" stroke="${line}" stroke-width="3" opacity="0.8"/>`;
      if (o.fringe) {
        let f = "";
        for (let yy = y + 8; yy < y + h - 4; yy += 9) f += `M ${w + 12},${yy} l 26,${(yy % 3) - 1} `;
        out += `<path d="${f}" stroke="${shade(col, -0.1)}" stroke-width="4" stroke-linecap="round"/>`;
      }
    }
    // top face, seen slightly from above
    const ty = topY;
    out += `<path d="M -200,${ty - 150} L 200,${ty - 150} Q 226,${ty - 75} 228,${ty} L -228,${ty} Q -214,${ty - 75} -200,${ty - 150} Z" fill="url(#${pid})" ${outline(col)}/>`;
    out += `<path d="M -200,${ty - 150} L 200,${ty - 150} L 206,${ty - 130} L -206,${ty - 130} Z" fill="#ffffff" opacity="0.18"/>`;
    out += `<path d="M -120,${ty - 60} Q 0,${ty - 80} 150,${ty - 50}" fill="none" stroke="${line}" stroke-width="3" opacity="0.7"/>`;
    if (o.pattern === "stripes")
      out += [-150, -128, 128, 150]
        .map(
          (x) =>
            `<path d="M ${x * 0.9 - 5},${ty - 150} L ${x * 0.9 + 5},${ty - 150} L ${x + 5},${ty} L ${x - 5},${ty} Z" fill="${o.c2}"/>`,
        )
        .join("");
    if (o.buttons)
      for (const x of [-120, -40, 40, 120])
        out += `<circle cx="${x}" cy="${topY + h / 2}" r="10" fill="#7a5a3e" stroke="#5b3f29" stroke-width="2"/><circle cx="${x - 3}" cy="${topY + h / 2 - 2}" r="2" fill="#5b3f29"/><circle cx="${x + 3}" cy="${topY + h / 2 + 2}" r="2" fill="#5b3f29"/>`;
    return out;
  },

  candle(o) {
    const glass = "#c98a3c";
    const glow = id("glow");
    const lit = o.i !== 2;
    return `<defs><radialGradient id="${glow}"><stop offset="0" stop-color="#ffe8a8" stop-opacity="0.9"/><stop offset="1" stop-color="#ffe8a8" stop-opacity="0"/></radialGradient></defs>
      ${lit ? `<circle cx="0" cy="-150" r="120" fill="url(#${glow})"/>` : ""}
      <path d="M -140,-110 L 140,-110 L 140,190 Q 140,220 110,220 L -110,220 Q -140,220 -140,190 Z" fill="${glass}" ${outline(glass)}/>
      <ellipse cx="0" cy="-110" rx="140" ry="30" fill="${shade(glass, -0.25)}"/>
      <ellipse cx="0" cy="-96" rx="126" ry="24" fill="#f3e6cf"/>
      <path d="M 0,-98 L 2,-128" stroke="#3a2d22" stroke-width="5" stroke-linecap="round"/>
      ${lit ? `<path d="M 2,-200 Q 26,-158 14,-136 Q 2,-122 -10,-136 Q -22,-158 2,-200 Z" fill="#f6b340"/><path d="M 2,-172 Q 12,-150 6,-140 Q 0,-134 -4,-140 Q -8,-152 2,-172 Z" fill="#fff3c4"/>` : ""}
      <rect x="-100" y="10" width="200" height="110" rx="8" fill="#f7f1e6"/>
      <path d="M -60,50 L 60,50 M -40,78 L 40,78" stroke="#c9b89a" stroke-width="6" stroke-linecap="round"/>
      <path d="M -110,-80 L -110,190" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.25"/>`;
  },

  vase(o) {
    const leaf = "#7f9460";
    let leaves = "";
    const rand = rng(5);
    const pts = [
      [-30, -230, -40],
      [-70, -300, -60],
      [10, -330, 20],
      [55, -260, 40],
      [90, -320, 50],
      [-100, -240, -70],
      [40, -380, 10],
    ];
    for (const [x, y, a] of pts)
      leaves += `<ellipse cx="${x}" cy="${y}" rx="14" ry="40" transform="rotate(${a + Math.round(rand() * 10)} ${x} ${y})" fill="${shade(leaf, rand() * 0.25 - 0.1)}"/>`;
    return `<g transform="translate(0,60)">
      <path d="M 0,-140 Q -20,-260 -90,-330 M 0,-140 Q 30,-260 60,-390 M 0,-140 Q 40,-220 100,-300" fill="none" stroke="#6b5a3e" stroke-width="6" stroke-linecap="round"/>
      ${leaves}
      <path d="M -42,-150 L 42,-150 Q 46,-92 110,-22 Q 166,60 122,168 Q 100,204 62,208 L -62,208 Q -100,204 -122,168 Q -166,60 -110,-22 Q -46,-92 -42,-150 Z" fill="${o.c}" ${outline(o.c)}/>
      <path d="M -42,-150 L 42,-150 Q 44,-110 70,-70 Q 40,-60 30,-30 Q 10,-50 -10,-26 Q -30,-60 -70,-60 Q -46,-100 -42,-150 Z" fill="${shade(o.c, -0.16)}"/>
      <ellipse cx="0" cy="-150" rx="42" ry="10" fill="${shade(o.c, -0.4)}"/>
      <path d="M -90,0 Q -120,70 -96,140" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.25"/>
      <path d="M -62,208 L 62,208 L 56,196 L -56,196 Z" fill="#c7b499"/>
      </g>`;
  },

  basket(o) {
    const w = o.c;
    const clip = id("clip");
    const body = "M -210,-50 L 210,-50 L 176,200 Q 0,216 -176,200 Z";
    let weave = "";
    for (let y = -30; y < 210; y += 22) weave += `M -230,${y} Q 0,${y + 10} 230,${y} `;
    let stakes = "";
    for (let x = -200; x <= 200; x += 34) stakes += `M ${x},-50 L ${x * 0.84},210 `;
    return `<defs><clipPath id="${clip}"><path d="${body}"/></clipPath></defs>
      <path d="${body}" fill="${w}"/>
      <g clip-path="url(#${clip})">
        <path d="${weave}" fill="none" stroke="${shade(w, -0.2)}" stroke-width="5"/>
        <path d="${stakes}" fill="none" stroke="${shade(w, 0.2)}" stroke-width="4" opacity="0.7"/>
      </g>
      <path d="${body}" fill="none" ${outline(w)}/>
      <ellipse cx="0" cy="-50" rx="212" ry="38" fill="${shade(w, -0.1)}" ${outline(w)}/>
      <ellipse cx="0" cy="-46" rx="186" ry="28" fill="${shade(w, -0.42)}"/>
      <path d="M -212,-50 Q 0,-4 212,-50" fill="none" stroke="${shade(w, 0.15)}" stroke-width="12"/>
      <rect x="-226" y="-40" width="50" height="26" rx="10" fill="#6f4a2f" transform="rotate(-8 -200 -27)"/>
      <rect x="176" y="-40" width="50" height="26" rx="10" fill="#6f4a2f" transform="rotate(8 200 -27)"/>`;
  },

  mirror() {
    const oak = "#c99d66";
    const grad = id("glass");
    return `<defs><linearGradient id="${grad}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e9f0f3"/><stop offset="1" stop-color="#b8c7cf"/></linearGradient></defs>
      <path d="M 0,-250 L -110,-168 M 0,-250 L 110,-168" stroke="#7b5233" stroke-width="12" stroke-linecap="round"/>
      <circle cx="0" cy="-252" r="10" fill="#8d8a86"/>
      <circle cx="0" cy="30" r="218" fill="${oak}" ${outline(oak)}/>
      <path d="M -170,-90 Q -230,30 -160,160 M 170,-90 Q 230,30 160,160 M -80,222 Q 0,246 80,222" fill="none" stroke="${shade(oak, -0.18)}" stroke-width="4"/>
      <circle cx="0" cy="30" r="176" fill="url(#${grad})" stroke="${shade(oak, -0.3)}" stroke-width="4"/>
      <path d="M -110,-60 L -40,-130 L -10,-110 L -90,-30 Z M -60,20 L 40,-80 L 56,-66 L -44,34 Z" fill="#ffffff" opacity="0.55"/>`;
  },

  garland(o) {
    let balls = "";
    const P0 = [-290, -170];
    const P1 = [0, 170];
    const P2 = [290, -170];
    const defs = [];
    for (let k = 0; k < 9; k++) {
      const t = 0.06 + (k * 0.88) / 8;
      const x = (1 - t) ** 2 * P0[0] + 2 * (1 - t) * t * P1[0] + t * t * P2[0];
      const y = (1 - t) ** 2 * P0[1] + 2 * (1 - t) * t * P1[1] + t * t * P2[1] + 34;
      const col = k % 2 ? o.c2 : o.c;
      const gid = id("ball");
      defs.push(
        `<radialGradient id="${gid}" cx="0.4" cy="0.4"><stop offset="0" stop-color="${shade(col, 0.55)}"/><stop offset="1" stop-color="${col}"/></radialGradient>`,
      );
      balls += `<circle cx="${r1(x)}" cy="${r1(y)}" r="52" fill="#fff3cf" opacity="0.35"/><circle cx="${r1(x)}" cy="${r1(y)}" r="34" fill="url(#${gid})" ${outline(col, 2)}/>
        <path d="M ${r1(x - 30)},${r1(y - 8)} Q ${r1(x)},${r1(y + 14)} ${r1(x + 30)},${r1(y - 10)} M ${r1(x - 24)},${r1(y + 14)} Q ${r1(x)},${r1(y - 6)} ${r1(x + 26)},${r1(y + 16)}" fill="none" stroke="${shade(col, -0.15)}" stroke-width="2.5"/>`;
    }
    return `<defs>${defs.join("")}</defs><path d="M ${P0.join(",")} Q ${P1.join(",")} ${P2.join(",")}" fill="none" stroke="#6e6258" stroke-width="4"/>${balls}`;
  },

  teapot(o) {
    const c = o.c;
    const pot = `<path d="M 150,20 Q 200,10 222,-56 L 262,-80 Q 250,-40 226,4 Q 198,60 150,80 Z" fill="${c}" ${outline(c)}/>
      <path d="M -160,-10 Q -270,-30 -262,60 Q -254,140 -150,120" fill="none" stroke="${c}" stroke-width="30" stroke-linecap="round"/>
      <path d="M -160,-10 Q -270,-30 -262,60 Q -254,140 -150,120" fill="none" stroke="${shade(c, -0.2)}" stroke-width="3" opacity="0.6"/>
      <ellipse cx="0" cy="50" rx="178" ry="150" fill="${c}" ${outline(c)}/>
      <path d="M -170,90 Q 0,140 170,90" fill="none" stroke="${shade(c, -0.12)}" stroke-width="5"/>
      <ellipse cx="-70" cy="-20" rx="60" ry="34" transform="rotate(-25 -70 -20)" fill="#ffffff" opacity="0.22"/>
      <ellipse cx="0" cy="-92" rx="96" ry="22" fill="${shade(c, -0.3)}"/>
      <path d="M -86,-96 Q 0,-170 86,-96 Z" fill="${shade(c, 0.08)}" ${outline(c)}/>
      <circle cx="0" cy="-150" r="18" fill="${shade(c, -0.1)}" ${outline(c)}/>
      <rect x="-120" y="188" width="240" height="16" rx="6" fill="${shade(c, -0.2)}"/>`;
    if (o.i !== 2) return pot;
    return `<g transform="translate(-70,-10) scale(0.82)">${pot}</g>
      <g transform="translate(190,130)">
        <path d="M 54,-30 Q 100,-30 96,10 Q 92,44 50,40" fill="none" stroke="${c}" stroke-width="14"/>
        <path d="M -70,-50 L 70,-50 L 58,50 Q 0,70 -58,50 Z" fill="${c}" ${outline(c)}/>
        <ellipse cx="0" cy="-50" rx="70" ry="14" fill="${shade(c, -0.35)}"/>
        <ellipse cx="0" cy="-47" rx="60" ry="9" fill="#b07a3e"/>
        <ellipse cx="0" cy="66" rx="96" ry="16" fill="${shade(c, 0.15)}" ${outline(c)}/>
      </g>`;
  },

  bowls(o) {
    const cols = ["#a9c6b6", "#e8c5b6", "#eadaa3", "#b2c6de"];
    const bowl = (cx, cy, rx, col) =>
      `<path d="M ${cx - rx},${cy} Q ${cx - rx},${cy + rx * 0.72} ${cx},${cy + rx * 0.78} Q ${cx + rx},${cy + rx * 0.72} ${cx + rx},${cy} Z" fill="${col}" ${outline(col)}/>
       <path d="M ${cx - rx * 0.95},${cy + 10} L ${cx + rx * 0.95},${cy + 10}" stroke="${shade(col, -0.12)}" stroke-width="4"/>
       <rect x="${cx - rx * 0.35}" y="${cy + rx * 0.74}" width="${rx * 0.7}" height="14" rx="5" fill="${shade("#d9c9ae", -0.1)}"/>`;
    if (o.i === 2) {
      let granola = "";
      const rand = rng(11);
      for (let k = 0; k < 40; k++)
        granola += `<circle cx="${r1(-150 + rand() * 300)}" cy="${r1(-34 + rand() * 30 - Math.abs(rand() * 10))}" r="${r1(7 + rand() * 7)}" fill="${["#c98f4e", "#a86b35", "#e0b36f", "#7c3f3a"][k % 4]}"/>`;
      return `<ellipse cx="0" cy="-20" rx="190" ry="34" fill="#e9d9b8"/>${granola}${bowl(0, -20, 200, cols[0])}<ellipse cx="-80" cy="60" rx="40" ry="18" fill="#ffffff" opacity="0.25"/>`;
    }
    if (o.i === 3) {
      let out = "";
      cols.forEach((col, k) => {
        const x = -270 + k * 180;
        out += `<circle cx="${x}" cy="0" r="82" fill="${col}" ${outline(col)}/><circle cx="${x}" cy="0" r="66" fill="${shade(col, 0.25)}"/><circle cx="${x}" cy="0" r="26" fill="${shade(col, 0.1)}"/>`;
      });
      return out;
    }
    let out = "";
    cols.forEach((col, k) => {
      out += bowl(0, 110 - k * 56, 210 - k * 4, col);
    });
    out += `<ellipse cx="0" cy="${110 - 3 * 56}" rx="198" ry="30" fill="${shade(cols[3], -0.15)}"/><ellipse cx="0" cy="${110 - 3 * 56 + 6}" rx="180" ry="22" fill="${shade(cols[3], 0.2)}"/>`;
    return out;
  },

  board() {
    const wood = "#c99f68";
    const d =
      "M -262,-96 Q -276,0 -262,96 Q -100,116 130,100 Q 168,88 196,64 L 252,58 Q 282,52 282,20 L 282,-20 Q 282,-52 252,-58 L 196,-64 Q 168,-88 130,-100 Q -100,-116 -262,-96 Z";
    const clip = id("clip");
    let grain = "";
    for (let k = -4; k <= 4; k++)
      grain += `M -280,${k * 22} C -150,${k * 22 + 30} -60,${k * 22 - 30} 60,${k * 22 + 8} S 220,${k * 14 - 10} 300,${k * 12} `;
    return `<defs><clipPath id="${clip}"><path d="${d}"/></clipPath></defs>
      <path d="${d}" fill="${wood}"/>
      <g clip-path="url(#${clip})">
        <path d="${grain}" fill="none" stroke="${shade(wood, -0.25)}" stroke-width="4" opacity="0.7"/>
        <ellipse cx="-60" cy="10" rx="60" ry="22" fill="${shade(wood, -0.3)}" opacity="0.5"/>
        <ellipse cx="-60" cy="10" rx="30" ry="9" fill="${shade(wood, -0.45)}" opacity="0.6"/>
      </g>
      <path d="${d}" fill="none" ${outline(wood)}/>
      <circle cx="248" cy="0" r="16" fill="${shade(wood, -0.5)}"/>`;
  },

  casserole(o) {
    const c = o.c;
    const steel = "#bfc3c7";
    return `<path d="M -236,0 Q -262,0 -262,26 Q -262,52 -236,52 M 236,0 Q 262,0 262,26 Q 262,52 236,52" fill="none" stroke="${c}" stroke-width="22" stroke-linecap="round"/>
      <path d="M -210,-30 L 210,-30 L 210,140 Q 210,200 150,200 L -150,200 Q -210,200 -210,140 Z" fill="${c}" ${outline(c)}/>
      <path d="M -196,-20 L -196,130" stroke="#ffffff" stroke-width="16" stroke-linecap="round" opacity="0.22"/>
      <path d="M -218,-34 L 218,-34 Q 216,-110 0,-118 Q -216,-110 -218,-34 Z" fill="${shade(c, 0.06)}" ${outline(c)}/>
      <path d="M -218,-34 L 218,-34" stroke="${shade(c, -0.35)}" stroke-width="8"/>
      <ellipse cx="-80" cy="-80" rx="60" ry="14" fill="#ffffff" opacity="0.2"/>
      <path d="M -40,-118 L -30,-150 L 30,-150 L 40,-118 Z" fill="${steel}" ${outline(steel)}/>
      <rect x="-48" y="-164" width="96" height="18" rx="8" fill="${shade(steel, 0.15)}" ${outline(steel)}/>`;
  },

  apron(o) {
    const c = o.c;
    const strap = shade(c, -0.15);
    return `<path d="M -80,-230 L -60,-290 Q 0,-330 60,-290 L 80,-230" fill="none" stroke="${strap}" stroke-width="14" stroke-linecap="round"/>
      <path d="M -188,-20 Q -250,60 -230,190 M 188,-20 Q 250,60 230,190" fill="none" stroke="${strap}" stroke-width="14" stroke-linecap="round"/>
      <path d="M -92,-232 L 92,-232 L 102,-82 Q 170,-62 190,-20 L 206,232 L -206,232 L -190,-20 Q -170,-62 -102,-82 Z" fill="${c}" ${outline(c)}/>
      <path d="M -84,-222 L 84,-222 L 94,-90 M -84,-222 L -94,-90 M -196,222 L 196,222" fill="none" stroke="${shade(c, -0.2)}" stroke-width="3" stroke-dasharray="8 6"/>
      <rect x="-140" y="40" width="280" height="112" rx="12" fill="${shade(c, -0.07)}" ${outline(c)}/>
      <path d="M 0,40 L 0,152 M -130,52 L 130,52" stroke="${shade(c, -0.25)}" stroke-width="3" stroke-dasharray="8 6"/>`;
  },

  /** Laguiole knife laid horizontally: blade to the right. */
  knife(scale = 1) {
    const beech = "#d9b27b";
    const steel = "#cfd4d9";
    return `<g transform="scale(${scale})">
      <path d="M -250,-18 Q -262,0 -250,20 Q -140,36 -30,22 L -30,-22 Q -140,-36 -250,-18 Z" fill="${beech}" ${outline(beech)}/>
      <circle cx="-200" cy="0" r="5" fill="#a8acb0"/><circle cx="-120" cy="0" r="5" fill="#a8acb0"/>
      <rect x="-36" y="-24" width="22" height="48" rx="4" fill="${shade(steel, -0.1)}" ${outline(steel)}/>
      <path d="M -14,-20 L 200,-20 Q 252,-18 268,4 Q 226,22 -14,20 Z" fill="${steel}" ${outline(steel)}/>
      <path d="M 0,-12 L 200,-12" stroke="#ffffff" stroke-width="5" opacity="0.6"/>
      <ellipse cx="-24" cy="-30" rx="9" ry="6" fill="#9a9ea3"/>
    </g>`;
  },
  knives(o) {
    if (o.i === 2) return `<g transform="rotate(-32)">${shapes.knife(1.3)}</g>`;
    const wood = "#a8754a";
    let out = `<rect x="-262" y="-250" width="524" height="500" rx="18" fill="${wood}" ${outline(wood)}/>
      <rect x="-236" y="-224" width="472" height="448" rx="10" fill="#efe4d0"/>`;
    for (let k = 0; k < 6; k++)
      out += `<g transform="translate(${-190 + k * 76},10) rotate(-90)">${shapes.knife(0.8)}</g>`;
    return out;
  },

  /** Jam jar with a gingham cloth lid (o.lid = "cloth" | a colour for a metal cap). */
  jar(o) {
    const glass = "#eef3f1";
    const content = o.c;
    const pid = id("ging");
    const cap = o.lid && o.lid !== "cloth" ? o.lid : null;
    const lid = cap
      ? `<rect x="-138" y="-128" width="276" height="58" rx="12" fill="${cap}" ${outline(cap)}/><path d="M -128,-112 L 128,-112 M -128,-98 L 128,-98 M -128,-84 L 128,-84" stroke="${shade(cap, -0.15)}" stroke-width="3"/>`
      : `<path d="M -170,-70 L -150,-118 Q 0,-150 150,-118 L 170,-70 L 150,-56 L 130,-70 L 110,-56 L 90,-70 L 70,-56 L 50,-70 L 30,-56 L 10,-70 L -10,-56 L -30,-70 L -50,-56 L -70,-70 L -90,-56 L -110,-70 L -130,-56 L -150,-70 Z" fill="url(#${pid})" ${outline("#d98b7a")}/>
         <path d="M -142,-78 Q 0,-60 142,-78" fill="none" stroke="#8a6a4a" stroke-width="6"/>`;
    return `<defs><pattern id="${pid}" width="28" height="28" patternUnits="userSpaceOnUse"><rect width="28" height="28" fill="#ffffff"/><rect width="14" height="28" fill="${o.c2}" opacity="0.55"/><rect width="28" height="14" fill="${o.c2}" opacity="0.55"/></pattern></defs>
      <path d="M -130,-90 L 130,-90 Q 150,-80 150,-50 L 150,180 Q 150,212 118,212 L -118,212 Q -150,212 -150,180 L -150,-50 Q -150,-80 -130,-90 Z" fill="${glass}" ${outline(glass)}/>
      <path d="M -136,-40 L 136,-40 L 136,176 Q 136,198 114,198 L -114,198 Q -136,198 -136,176 Z" fill="${content}"/>
      <path d="M -136,-40 Q 0,-52 136,-40 L 136,-26 Q 0,-38 -136,-26 Z" fill="${shade(content, 0.2)}"/>
      <rect x="-112" y="30" width="224" height="110" rx="10" fill="#fbf7ee" stroke="${shade("#fbf7ee", -0.15)}" stroke-width="3"/>
      <path d="M -60,70 L 60,70 M -36,100 L 36,100" stroke="${o.c2}" stroke-width="7" stroke-linecap="round" opacity="0.8"/>
      <path d="M -118,-20 L -118,180" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.4"/>
      ${lid}`;
  },

  bottle(o) {
    const g = o.c;
    return `<path d="M -30,-230 L 30,-230 L 30,-140 Q 30,-110 70,-86 Q 96,-70 96,-36 L 96,200 Q 96,226 70,226 L -70,226 Q -96,226 -96,200 L -96,-36 Q -96,-70 -70,-86 Q -30,-110 -30,-140 Z" fill="${g}" ${outline(g)}/>
      <rect x="-34" y="-262" width="68" height="44" rx="8" fill="${o.c2}" ${outline(o.c2)}/>
      <path d="M -72,-40 L -72,196" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.22"/>
      <rect x="-80" y="30" width="160" height="120" rx="8" fill="#f6eedc" stroke="${shade("#f6eedc", -0.15)}" stroke-width="3"/>
      <circle cx="0" cy="76" r="22" fill="none" stroke="${shade(g, 0.2)}" stroke-width="5"/>
      <path d="M -40,118 L 40,118" stroke="${shade(g, 0.2)}" stroke-width="6" stroke-linecap="round"/>
      ${
        o.olives && o.i === 2
          ? `<g transform="translate(180,196)">${[
              [-20, 0],
              [22, 6],
              [0, -18],
            ]
              .map(
                ([x, y]) =>
                  `<ellipse cx="${x}" cy="${y}" rx="22" ry="16" fill="#3b3341"/><ellipse cx="${x - 7}" cy="${y - 5}" rx="6" ry="4" fill="#ffffff" opacity="0.3"/>`,
              )
              .join("")}</g>`
          : ""
      }`;
  },

  saltPot(o) {
    const pot = o.c;
    const cork = "#c9a06c";
    const rand = rng(23);
    let speck = "";
    for (let k = 0; k < 36; k++)
      speck += `<circle cx="${r1(-130 + rand() * 260)}" cy="${r1(-30 + rand() * 190)}" r="2.5" fill="#8d8478" opacity="0.6"/>`;
    let pores = "";
    for (let k = 0; k < 18; k++)
      pores += `<circle cx="${r1(-100 + rand() * 200)}" cy="${r1(-140 + rand() * 44)}" r="3" fill="${shade(cork, -0.3)}"/>`;
    return `<path d="M -150,-60 L 150,-60 Q 164,60 140,160 Q 130,190 96,190 L -96,190 Q -130,190 -140,160 Q -164,60 -150,-60 Z" fill="${pot}" ${outline(pot)}/>
      ${speck}
      <path d="M -150,-60 L 150,-60 L 148,-40 L -148,-40 Z" fill="${shade(pot, -0.08)}"/>
      <rect x="-112" y="-148" width="224" height="92" rx="12" fill="${cork}" ${outline(cork)}/>
      ${pores}
      <path d="M -124,-20 Q -136,60 -116,140" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.35"/>
      <path d="M -70,60 L 70,60" stroke="${o.c2}" stroke-width="10" stroke-linecap="round"/>`;
  },

  caramels(o) {
    const rand = rng(31);
    let out = "";
    const spots = [
      [-170, -150],
      [40, -190],
      [200, -120],
      [-60, -40],
      [150, 10],
      [-220, 40],
      [0, 100],
      [-140, 170],
      [170, 160],
      [60, 220],
      [-250, -60],
    ];
    spots.forEach(([x, y], k) => {
      const a = Math.round(rand() * 180);
      const paper = k % 3 === 0 ? "#f6f1e6" : o.c2;
      out += `<g transform="translate(${x},${y}) rotate(${a})">
        <path d="M -50,0 L -86,-26 L -80,0 L -86,26 Z M 50,0 L 86,-26 L 80,0 L 86,26 Z" fill="${paper}" ${outline(paper, 2)}/>
        <rect x="-54" y="-32" width="108" height="64" rx="18" fill="${paper}" ${outline(paper, 2)}/>
        <rect x="-40" y="-20" width="80" height="40" rx="12" fill="${o.c}" opacity="0.9"/>
        <path d="M -36,-10 L 30,-10" stroke="#ffffff" stroke-width="5" stroke-linecap="round" opacity="0.4"/>
      </g>`;
    });
    return out;
  },

  giftBox(o) {
    const wood = "#cfa775";
    const ribbon = o.c;
    return `<path d="M -230,-60 L 230,-60 L 230,200 L -230,200 Z" fill="${wood}" ${outline(wood)}/>
      <path d="M -230,-20 L 230,-20 M -230,40 L 230,40 M -230,100 L 230,100 M -230,160 L 230,160" stroke="${shade(wood, -0.12)}" stroke-width="3"/>
      <path d="M -200,-160 L 200,-160 L 230,-60 L -230,-60 Z" fill="${shade(wood, 0.12)}" ${outline(wood)}/>
      <path d="M -30,-160 L 30,-160 L 36,-60 L -36,-60 Z" fill="${ribbon}"/>
      <rect x="-36" y="-60" width="72" height="260" fill="${ribbon}"/>
      <path d="M -214,-116 L 214,-116 L 218,-100 L -218,-100 Z" fill="${ribbon}"/>
      <path d="M 0,-130 Q -90,-230 -120,-160 Q -110,-110 0,-130 Z M 0,-130 Q 90,-230 120,-160 Q 110,-110 0,-130 Z" fill="${shade(ribbon, 0.08)}" ${outline(ribbon)}/>
      <path d="M 0,-130 L -50,-60 M 0,-130 L 46,-64" stroke="${ribbon}" stroke-width="14" stroke-linecap="round"/>
      <circle cx="0" cy="-130" r="18" fill="${shade(ribbon, -0.15)}"/>`;
  },

  /** Marseille soap cube on a dish. */
  soapCube(o) {
    const c = o.c;
    return `<ellipse cx="0" cy="150" rx="250" ry="60" fill="#e7e1d6" ${outline("#e7e1d6")}/>
      <ellipse cx="0" cy="140" rx="210" ry="44" fill="${shade("#e7e1d6", -0.05)}"/>
      <path d="M 0,-200 L 170,-115 L 0,-30 L -170,-115 Z" fill="${shade(c, 0.15)}" ${outline(c)}/>
      <path d="M -170,-115 L 0,-30 L 0,160 L -170,75 Z" fill="${shade(c, -0.05)}" ${outline(c)}/>
      <path d="M 170,-115 L 0,-30 L 0,160 L 170,75 Z" fill="${shade(c, -0.2)}" ${outline(c)}/>
      <path d="M 30,-6 L 140,-61 L 140,50 L 30,106 Z" fill="none" stroke="${shade(c, -0.38)}" stroke-width="6"/>
      <path d="M -30,-6 L -140,-61 L -140,50 L -30,106 Z" fill="none" stroke="${shade(c, -0.25)}" stroke-width="6"/>
      <path d="M 0,-160 L 90,-115 L 0,-70 L -90,-115 Z" fill="none" stroke="${shade(c, -0.05)}" stroke-width="5"/>`;
  },

  soapBar(o) {
    const c = o.c;
    return `<ellipse cx="0" cy="120" rx="260" ry="76" fill="#dfe8e4" ${outline("#dfe8e4")}/>
      <ellipse cx="0" cy="108" rx="220" ry="58" fill="${shade("#dfe8e4", -0.05)}"/>
      <path d="M -200,10 L -200,60 Q -200,130 0,130 Q 200,130 200,60 L 200,10 Z" fill="${shade(c, -0.12)}"/>
      <ellipse cx="0" cy="10" rx="200" ry="92" fill="${c}" ${outline(c)}/>
      <ellipse cx="0" cy="10" rx="120" ry="50" fill="none" stroke="${shade(c, -0.14)}" stroke-width="6"/>
      <path d="M -40,10 Q 0,-30 40,10 Q 0,50 -40,10 Z" fill="${shade(c, -0.1)}"/>`;
  },

  pumpBottle(o) {
    const g = o.c;
    return `<path d="M -22,-176 L 22,-176 L 22,-120 L -22,-120 Z" fill="#e9e4da"/>
      <path d="M -60,-210 L 70,-210 L 70,-188 L -60,-188 Z" fill="#2f2b29"/>
      <path d="M 70,-206 L 120,-200 L 120,-192 L 70,-192 Z" fill="#2f2b29"/>
      <rect x="-14" y="-190" width="28" height="30" fill="#2f2b29"/>
      <rect x="-46" y="-130" width="92" height="40" rx="6" fill="#2f2b29"/>
      <path d="M -46,-92 L 46,-92 Q 110,-70 110,-10 L 110,190 Q 110,222 78,222 L -78,222 Q -110,222 -110,190 L -110,-10 Q -110,-70 -46,-92 Z" fill="${g}" ${outline(g)}/>
      <path d="M -100,20 L 100,20 L 100,186 Q 100,210 76,210 L -76,210 Q -100,210 -100,186 Z" fill="${shade(g, -0.12)}"/>
      <rect x="-74" y="60" width="148" height="110" rx="8" fill="#fbf6ea"/>
      <path d="M -40,96 L 40,96 M -26,126 L 26,126" stroke="${o.c2}" stroke-width="7" stroke-linecap="round"/>
      <path d="M -86,-30 L -86,190" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.3"/>`;
  },

  lipBalm(o) {
    const tin = "#c8ccd1";
    const balm = o.c;
    return `<path d="M -230,20 L -230,90 Q -230,150 -60,150 Q 110,150 110,90 L 110,20 Z" fill="${shade(tin, -0.12)}" ${outline(tin)}/>
      <ellipse cx="-60" cy="20" rx="170" ry="62" fill="${tin}" ${outline(tin)}/>
      <ellipse cx="-60" cy="24" rx="148" ry="50" fill="${balm}"/>
      <ellipse cx="-100" cy="10" rx="50" ry="14" fill="#ffffff" opacity="0.4"/>
      <g transform="translate(150,-120) rotate(24)">
        <ellipse cx="0" cy="14" rx="118" ry="60" fill="${shade(tin, -0.15)}"/>
        <ellipse cx="0" cy="0" rx="118" ry="60" fill="${tin}" ${outline(tin)}/>
        <ellipse cx="0" cy="0" rx="80" ry="38" fill="none" stroke="${o.c2}" stroke-width="8"/>
        <path d="M -20,-4 Q 0,-24 20,-4 Q 0,16 -20,-4 Z" fill="${o.c2}"/>
      </g>`;
  },

  cologne(o) {
    const g = o.c;
    let leaves = "";
    for (const [x, y, a] of [
      [-200, 60, -40],
      [-176, 0, 30],
      [-214, -40, -30],
      [-186, -96, 30],
      [-206, 120, -10],
    ])
      leaves += `<ellipse cx="${x}" cy="${y}" rx="12" ry="36" transform="rotate(${a} ${x} ${y})" fill="#86a35f"/>`;
    return `<path d="M -196,200 Q -210,40 -196,-140" fill="none" stroke="#6f8a4c" stroke-width="6" stroke-linecap="round"/>
      ${leaves}
      <rect x="-52" y="-180" width="104" height="100" rx="12" fill="${o.c2}" ${outline(o.c2)}/>
      <path d="M -36,-170 L -36,-92" stroke="#ffffff" stroke-width="8" stroke-linecap="round" opacity="0.4"/>
      <rect x="-130" y="-90" width="260" height="310" rx="34" fill="${g}" ${outline(g)}/>
      <rect x="-104" y="-64" width="208" height="258" rx="22" fill="${shade(g, -0.08)}"/>
      <rect x="-80" y="30" width="160" height="96" rx="6" fill="#fbf8ef"/>
      <path d="M -40,64 L 40,64 M -26,92 L 26,92" stroke="${o.c2}" stroke-width="6" stroke-linecap="round"/>
      <path d="M -110,-70 L -110,196" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.35"/>`;
  },

  /** Closed notebook (o.planner adds an elastic band and a ribbon marker). */
  notebook(o) {
    const c = o.c;
    let stitches = "";
    for (let y = -200; y <= 200; y += 50) stitches += `M -150,${y} L -150,${y + 26} M -150,${y + 26} L -176,${y + 26} `;
    return `${o.planner ? `<path d="M 60,220 Q 70,260 50,300 L 66,306 Q 90,262 80,220 Z" fill="${o.c2}"/>` : ""}
      <rect x="-168" y="-224" width="348" height="460" rx="12" fill="#f4eedf" ${outline("#f4eedf")}/>
      <path d="M -160,-214 L -160,228 M 174,-214 L 174,228" stroke="#ded3bd" stroke-width="3"/>
      <rect x="-180" y="-236" width="346" height="460" rx="12" fill="${c}" ${outline(c)}/>
      <rect x="-180" y="-236" width="50" height="460" rx="10" fill="${shade(c, -0.12)}"/>
      <path d="${stitches}" fill="none" stroke="${o.c2}" stroke-width="5" stroke-linecap="round"/>
      ${o.planner ? `<rect x="110" y="-236" width="16" height="460" fill="${shade(c, -0.35)}"/>` : `<rect x="-60" y="-120" width="170" height="80" rx="6" fill="#f6f0e2" stroke="${shade("#f6f0e2", -0.15)}" stroke-width="3"/><path d="M -30,-80 L 80,-80" stroke="${shade(c, -0.1)}" stroke-width="5" stroke-linecap="round"/>`}
      <path d="M -120,200 L 150,200" stroke="${shade(c, 0.2)}" stroke-width="3" opacity="0.5"/>`;
  },

  pencils() {
    const lacquer = ["#2f4e6f", "#c44a3f", "#e2b34a", "#8aa784", "#27405f", "#d8c3a0", "#2e2d31", "#9a6a4a"];
    let out = "";
    lacquer.forEach((col, k) => {
      const x = -238 + k * 68;
      const top = -200 + (k % 3) * 26 - (k % 2) * 14;
      out += `<g transform="translate(${x},0)">
        <rect x="-22" y="${top + 70}" width="44" height="${300 - top}" fill="${col}"/>
        <rect x="-8" y="${top + 70}" width="16" height="${300 - top}" fill="${shade(col, 0.18)}"/>
        <rect x="8" y="${top + 70}" width="14" height="${300 - top}" fill="${shade(col, -0.15)}"/>
        <path d="M -22,${top + 70} L 22,${top + 70} L 0,${top} Z" fill="#e8c9a0"/>
        <path d="M -7,${top + 22} L 7,${top + 22} L 0,${top} Z" fill="#3d3b3a"/>
        <path d="M -22,${top + 70} Q -11,${top + 62} 0,${top + 70} Q 11,${top + 62} 22,${top + 70}" fill="none" stroke="${shade(col, -0.2)}" stroke-width="3"/>
      </g>`;
    });
    return `<rect x="-300" y="160" width="600" height="110" rx="14" fill="#c6cace"/><path d="M -290,176 L 290,176" stroke="#e6e9ec" stroke-width="6"/>${out}<rect x="-300" y="210" width="600" height="100" rx="14" fill="#b3b8bd"/>`;
  },

  cards() {
    const kraft = "#c9a77c";
    const card = (rot, tx, hue) => {
      const sky = id("sky");
      return `<g transform="translate(${tx},0) rotate(${rot})">
        <defs><linearGradient id="${sky}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hue}"/><stop offset="1" stop-color="#f3efe6"/></linearGradient></defs>
        <rect x="-130" y="-190" width="260" height="360" rx="6" fill="#fbf8f2" ${outline("#fbf8f2")}/>
        <rect x="-112" y="-172" width="224" height="300" fill="url(#${sky})"/>
        <path d="M -112,70 Q -60,50 0,70 T 112,70 L 112,128 L -112,128 Z" fill="#7fa3c4" opacity="0.85"/>
        <path d="M -112,96 Q -60,80 0,96 T 112,96 L 112,128 L -112,128 Z" fill="#5f86ad" opacity="0.8"/>
        <path d="M 30,70 L 40,-60 L 70,-60 L 80,70 Z" fill="#fbf8f2"/>
        <path d="M 34,20 L 76,20 L 78,40 L 32,40 Z M 37,-20 L 73,-20 L 75,0 L 35,0 Z" fill="#c9574c"/>
        <path d="M 34,-60 L 76,-60 L 72,-84 L 38,-84 Z" fill="#e8c36a"/>
        <path d="M 36,-84 L 55,-104 L 74,-84 Z" fill="#c9574c"/>
        <path d="M -112,70 L -40,40 L 10,70 Z" fill="#8aa36f" opacity="0.8"/>
      </g>`;
    };
    return `<g transform="translate(40,120) rotate(-6)">
        <rect x="-250" y="-90" width="480" height="250" rx="6" fill="${kraft}" ${outline(kraft)}/>
        <path d="M -250,-90 L -10,40 L 230,-90" fill="none" stroke="${shade(kraft, -0.18)}" stroke-width="5"/>
      </g>
      ${card(-14, -110, "#bcd3e6")}${card(-2, 0, "#f2d6c2")}${card(12, 110, "#c8dfd2")}`;
  },
};

// ─────────────────────────────── products → looks ───────────────────────────────

/** How each product is drawn. `colours` are used in image order (image 2 uses the 2nd colour when there is one). */
const LOOKS = {
  "mariniere-coton-bio": { kind: "tee", focus: [0, -150] },
  "pull-laine-merinos-femme": { kind: "jumper", focus: [0, 160] },
  "robe-lin-lave": { kind: "dress", focus: [0, -120] },
  "gilet-maille-cotelee": { kind: "jumper", cardigan: true },
  "carre-soie-imprime": { kind: "scarf", colours: ["#4f7fb5"], c2: "#f2d27a" },
  "beret-laine-feutree": { kind: "beret", colours: [SWATCH.black] },
  "chemise-lin-col-officier": { kind: "shirt", focus: [-40, -150] },
  "veste-travail-moleskine": { kind: "shirt", jacket: true, focus: [-86, 110] },
  "pull-marin-laine": { kind: "jumper", fisherman: true, focus: [-90, -160] },
  "bonnet-cotele-laine": { kind: "beanie", colours: ["#4f6f52"] },
  "ceinture-cuir-tannage-vegetal": { kind: "belt", colours: [SWATCH.brown, SWATCH.brown] },
  "espadrilles-toile-jute": { kind: "espadrille", scale: 1.15, focus: [40, 130] },
  "baskets-cuir-blanc": { kind: "sneaker", scale: 1.18 },
  "chaussons-laine-bouillie": { kind: "slipper", scale: 1.22 },
  "bottines-chelsea-cuir": { kind: "chelsea" },
  "kit-entretien-cuir": { kind: "careKit", scale: 1.1 },
  "housse-couette-lin-lave": { kind: "stack", layers: 3, pattern: "linen", buttons: true, focus: [-80, -60] },
  "drap-housse-lin": { kind: "stack", layers: 2, pattern: "linen" },
  "serviette-nid-abeille": { kind: "stack", layers: 3, pattern: "waffle", colours: [SWATCH.yellow] },
  "plaid-laine-pyrenees": { kind: "stack", layers: 2, pattern: "herringbone", fringe: true, colours: ["#b5553f"] },
  "nappe-lin-enduit": { kind: "stack", scale: 1.3, layers: 1, pattern: "linen", colours: ["#7d9fc2"] },
  "torchons-metis-lot-3": { kind: "stack", layers: 3, pattern: "stripes", colours: ["#f1ebdf"], c2: "#c44a3f" },
  "bougie-figuier-cire-colza": { kind: "candle", stand: true },
  "vase-gres-emaille": { kind: "vase", stand: true, colours: ["#9ec2aa"], scale: 0.92 },
  "panier-osier-tresse": { kind: "basket", stand: true, focus2: [0, 70], colours: ["#cba671"] },
  "miroir-rond-chene": { kind: "mirror" },
  "guirlande-boules-coton": { kind: "garland", colours: ["#eadcc4"], c2: "#eab7b4" },
  "theiere-gres-emaille": { kind: "teapot", stand: true, colours: ["#5f7e98"] },
  "bols-gres-lot-4": { kind: "bowls", stand: true, noCloseUp: true },
  "planche-olivier": { kind: "board" },
  "cocotte-fonte-24": { kind: "casserole", stand: true, focus2: [-30, -50], colours: ["#c2413a"] },
  "tablier-toile-coton": { kind: "apron", colours: [SWATCH.beige] },
  "couteaux-laguiole-coffret-6": { kind: "knives" },
  "confiture-abricot-roussillon": { kind: "jar", stand: true, focus2: [0, -60], colours: ["#e9933b"], c2: "#d2574a" },
  "miel-lavande-provence": { kind: "jar", stand: true, colours: ["#e2a93b"], c2: "#8d79b5", lid: "#8d79b5" },
  "huile-olive-nyons": { kind: "bottle", stand: true, colours: ["#3f5b3a"], c2: "#c9a06c", olives: true },
  "fleur-de-sel-guerande": { kind: "saltPot", stand: true, colours: ["#eeebe4"], c2: "#5f86ad" },
  "caramels-beurre-sale": { kind: "caramels", colours: ["#c98a3a"], c2: "#e4d3a6", focus: [-60, -40] },
  "coffret-gourmand-noel": { kind: "giftBox", stand: true, colours: ["#c44a3f"] },
  "savon-marseille-huile-olive": { kind: "soapCube", stand: true, focus2: [60, 10], colours: ["#8f9c5c"] },
  "savon-lait-anesse": { kind: "soapBar", colours: ["#f1e6d2"] },
  "huile-seche-immortelle": {
    kind: "pumpBottle",
    stand: true,
    focus2: [10, -130],
    colours: ["#e4ad45"],
    c2: "#d2a93e",
  },
  "baume-levres-cire-abeille": { kind: "lipBalm", colours: ["#f1d98c"], c2: "#d2a93e" },
  "eau-de-cologne-verveine": { kind: "cologne", stand: true, focus2: [-110, -20], colours: ["#cfe3c2"], c2: "#c9a24a" },
  "carnet-cousu-main-a5": { kind: "notebook", colours: ["#8fa98a"], c2: "#c44a3f", focus: [-150, -60] },
  "crayons-graphite-boite-12": { kind: "pencils" },
  "agenda-semainier-2027": { kind: "notebook", planner: true, colours: [SWATCH.navy], c2: "#e2b34a" },
  "cartes-aquarelle-bretagne": { kind: "cards" },
};

/** Default drawing per category, for a product missing from LOOKS (so that a new product never breaks the script). */
const CATEGORY_KIND = {
  "vetements-femme": "tee",
  "vetements-homme": "shirt",
  chaussures: "espadrille",
  "linge-de-maison": "stack",
  decoration: "candle",
  cuisine: "bowls",
  "epicerie-fine": "jar",
  beaute: "soapBar",
  papeterie: "notebook",
};

function productLook(product) {
  const look = { ...(LOOKS[product.slug] ?? { kind: CATEGORY_KIND[product.category] ?? "notebook" }) };
  if (!look.colours) {
    const fromVariants = [...new Set((product.variants ?? []).map((v) => v.colour).filter(Boolean))].map(
      (c) => SWATCH[c],
    );
    look.colours = fromVariants.length ? fromVariants : [PALETTE[product.category]?.accent ?? "#9aa"];
  }
  return look;
}

// ─────────────────────────────── scenes ───────────────────────────────

const DROP = `<filter id="drop" x="-30%" y="-30%" width="160%" height="160%" color-interpolation-filters="sRGB">
  <feGaussianBlur in="SourceAlpha" stdDeviation="9"/><feOffset dx="6" dy="14" result="blur"/>
  <feFlood flood-color="#4a3a2c" flood-opacity="0.16"/><feComposite in2="blur" operator="in"/>
  <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>`;

function background(w, h, bg, accent, variant, seed) {
  const g = id("bg");
  const top = shade(bg, 0.35);
  let deco = "";
  if (variant === 1)
    deco = `<circle cx="${w * 0.5}" cy="${h * 0.46}" r="${Math.min(w, h) * 0.38}" fill="${shade(bg, 0.45)}" opacity="0.7"/>`;
  if (variant === 2) {
    deco = `<circle cx="${w * 0.2}" cy="${h * 0.82}" r="${Math.min(w, h) * 0.32}" fill="${mix(bg, accent, 0.18)}" opacity="0.6"/>
      <circle cx="${w * 0.86}" cy="${h * 0.16}" r="${Math.min(w, h) * 0.16}" fill="${shade(bg, 0.5)}" opacity="0.8"/>`;
    const rand = rng(seed);
    for (let k = 0; k < 7; k++)
      deco += `<circle cx="${r1(rand() * w)}" cy="${r1(rand() * h)}" r="${r1(5 + rand() * 7)}" fill="${mix(bg, accent, 0.45)}" opacity="0.5"/>`;
  }
  const base = variant === 2 ? mix(bg, accent, 0.1) : variant === 3 ? shade(bg, -0.03) : bg;
  return `<defs><linearGradient id="${g}" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${variant === 3 ? base : top}"/><stop offset="1" stop-color="${base}"/></linearGradient></defs>
    <rect width="${w}" height="${h}" fill="url(#${g})"/>${deco}`;
}

/** A standing object gets a table top and a contact shadow; a flat-lay object only its drop shadow. */
function floor(w, h, bg, y) {
  return `<rect x="0" y="${y}" width="${w}" height="${h - y}" fill="${shade(bg, -0.05)}"/><rect x="0" y="${y}" width="${w}" height="3" fill="${shade(bg, 0.3)}"/>`;
}

function item(look, o, { x, y, scale = 1, rot = 0 }) {
  const svg = shapes[look.kind]({ ...look, ...o });
  const contact =
    look.stand && !o.closeUp ? `<ellipse cx="0" cy="228" rx="230" ry="26" fill="#3a2c20" opacity="0.12"/>` : "";
  return `<g transform="translate(${x},${y}) rotate(${rot}) scale(${scale})">${contact}<g filter="url(#drop)">${svg}</g></g>`;
}

function productSvg(product, image, index) {
  uid = 0;
  const look = productLook(product);
  const { bg, accent } = PALETTE[product.category] ?? { bg: "#eeeae4", accent: "#a99" };
  const colours = look.colours;
  const o = {
    i: index,
    closeUp: index === 3 || (index === 2 && Boolean(look.focus2)),
    c: colours[(index - 1) % colours.length],
    c2: look.c2 ?? colours[1] ?? shade(colours[0], -0.3),
  };
  const seed = hashString(image.file);
  const s = look.scale ?? 1;
  let placement;
  let variant = index;
  if (index === 1) placement = { x: 400, y: 410, scale: 1.08 * s };
  else if (index === 2 && look.focus2) {
    // standing objects are not tilted: their second picture is a close-up of a detail
    const [fx, fy] = look.focus2;
    const z = 1.7 * s;
    placement = { x: 400 - fx * z, y: 400 - fy * z, scale: z };
    variant = 3;
  } else if (index === 2)
    placement = look.stand ? { x: 400, y: 420, scale: 0.96 * s } : { x: 404, y: 414, scale: 1.0 * s, rot: -9 };
  else if (look.noCloseUp) placement = { x: 400, y: 400, scale: 1.0 * s };
  else {
    const [fx, fy] = look.focus ?? [0, 0];
    const z = 1.9 * s;
    placement = { x: 400 - fx * z, y: 400 - fy * z, scale: z };
  }
  if (index > 3) variant = 1 + ((index - 1) % 3);
  const stand = look.stand && variant !== 3 ? floor(800, 800, bg, 610) : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
    <defs>${DROP}</defs>
    ${background(800, 800, bg, accent, variant, seed)}
    ${stand}
    ${item(look, o, placement)}
  </svg>`;
}

// Representative items for the category pictures (800 × 600) and the Open Graph picture.
const CATEGORY_SCENES = {
  vetements: [
    ["tee", { c: SWATCH.navy }, { x: 250, y: 300, scale: 0.8, rot: -6 }],
    ["jumper", { c: SWATCH.beige }, { x: 560, y: 320, scale: 0.78, rot: 5 }],
  ],
  "vetements-femme": [
    ["dress", { c: SWATCH.green }, { x: 270, y: 310, scale: 0.82, rot: -4 }],
    ["tee", { c: SWATCH.red }, { x: 560, y: 320, scale: 0.72, rot: 6 }],
  ],
  "vetements-homme": [
    ["shirt", { c: SWATCH.blue }, { x: 270, y: 310, scale: 0.78, rot: -5 }],
    ["shirt", { c: SWATCH.navy, jacket: true }, { x: 550, y: 320, scale: 0.78, rot: 5 }],
  ],
  chaussures: [
    ["espadrille", { c: SWATCH.navy }, { x: 290, y: 230, scale: 0.85, rot: -4 }],
    ["sneaker", { c: SWATCH.white }, { x: 500, y: 420, scale: 0.85, rot: 3 }],
  ],
  maison: [
    ["stack", { c: SWATCH.natural, layers: 3, pattern: "linen" }, { x: 280, y: 330, scale: 0.82 }],
    ["vase", { c: "#9ec2aa", stand: true }, { x: 580, y: 300, scale: 0.62 }],
  ],
  "linge-de-maison": [
    ["stack", { c: SWATCH.natural, layers: 3, pattern: "linen", buttons: true }, { x: 270, y: 340, scale: 0.8 }],
    ["stack", { c: SWATCH.yellow, layers: 2, pattern: "waffle" }, { x: 560, y: 370, scale: 0.62, rot: 4 }],
  ],
  decoration: [
    ["candle", { c: "#c98a3c", stand: true }, { x: 200, y: 350, scale: 0.62 }],
    ["vase", { c: "#9ec2aa", stand: true }, { x: 410, y: 300, scale: 0.66 }],
    ["basket", { c: "#cba671", stand: true }, { x: 620, y: 370, scale: 0.6 }],
  ],
  cuisine: [
    ["teapot", { c: "#5f7e98", stand: true }, { x: 280, y: 320, scale: 0.75 }],
    ["bowls", { stand: true }, { x: 580, y: 350, scale: 0.6 }],
  ],
  "epicerie-fine": [
    ["jar", { c: "#e9933b", c2: "#d2574a", stand: true }, { x: 200, y: 360, scale: 0.62 }],
    ["bottle", { c: "#3f5b3a", c2: "#c9a06c", stand: true }, { x: 410, y: 320, scale: 0.7 }],
    ["jar", { c: "#e2a93b", c2: "#8d79b5", lid: "#8d79b5", stand: true }, { x: 610, y: 370, scale: 0.58 }],
  ],
  beaute: [
    ["soapCube", { c: "#8f9c5c", stand: true }, { x: 270, y: 350, scale: 0.72 }],
    ["pumpBottle", { c: "#e4ad45", c2: "#d2a93e", stand: true }, { x: 560, y: 320, scale: 0.72 }],
  ],
  papeterie: [
    ["notebook", { c: "#8fa98a", c2: "#c44a3f" }, { x: 290, y: 300, scale: 0.72, rot: -8 }],
    ["pencils", {}, { x: 560, y: 300, scale: 0.62, rot: 6 }],
  ],
};

function sceneSvg(w, h, bg, accent, items, seed, floorY) {
  uid = 0;
  const stands = items.some(([, o]) => o.stand);
  let out = "";
  for (const [kind, o, placement] of items)
    out += item({ kind, ...o }, { i: 1, c2: o.c2 ?? shade(o.c ?? "#999999", -0.3), ...o }, placement);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
    <defs>${DROP}</defs>
    ${background(w, h, bg, accent, 2, seed)}
    ${stands ? floor(w, h, bg, floorY) : ""}
    ${out}
  </svg>`;
}

function ogSvg() {
  uid = 0;
  const w = 1200;
  const h = 630;
  const bg = "#f6efe4";
  const cells = [
    ["vetements-femme", "tee", { c: SWATCH.navy }, 0.5],
    ["chaussures", "espadrille", { c: SWATCH.red }, 0.55],
    ["linge-de-maison", "stack", { c: SWATCH.natural, layers: 3, pattern: "linen" }, 0.5],
    ["cuisine", "teapot", { c: "#5f7e98" }, 0.48],
    ["epicerie-fine", "jar", { c: "#e9933b", c2: "#d2574a" }, 0.55],
    ["beaute", "soapCube", { c: "#8f9c5c" }, 0.52],
    ["papeterie", "notebook", { c: "#8fa98a", c2: "#c44a3f" }, 0.46],
  ];
  let out = "";
  const rand = rng(99);
  cells.forEach(([cat, kind, o, scale], k) => {
    const row = k < 4 ? 0 : 1;
    const col = row === 0 ? k : k - 4;
    const x = row === 0 ? 180 + col * 280 : 320 + col * 280;
    const y = row === 0 ? 175 : 455;
    out += `<circle cx="${x}" cy="${y}" r="128" fill="${PALETTE[cat].bg}"/><circle cx="${x}" cy="${y}" r="128" fill="none" stroke="${shade(PALETTE[cat].bg, -0.06)}" stroke-width="3"/>`;
    out += item(
      { kind, ...o },
      { i: 1, c2: o.c2 ?? shade(o.c, -0.3), ...o },
      { x, y: y + 6, scale: scale * 0.6, rot: Math.round((rand() - 0.5) * 10) },
    );
  });
  let dots = "";
  for (let k = 0; k < 26; k++)
    dots += `<circle cx="${r1(rand() * w)}" cy="${r1(rand() * h)}" r="${r1(3 + rand() * 5)}" fill="#d8c7ae" opacity="0.6"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
    <defs>${DROP}</defs>
    <rect width="${w}" height="${h}" fill="${bg}"/>
    <rect x="24" y="24" width="${w - 48}" height="${h - 48}" rx="28" fill="none" stroke="#e4d8c6" stroke-width="4"/>
    ${dots}${out}
  </svg>`;
}

// ─────────────────────────────── output ───────────────────────────────

async function write(svg, file) {
  await mkdir(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg)).webp(WEBP).toFile(file);
}

async function dirSize(dir) {
  let total = 0;
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await dirSize(p);
      total += sub.total;
      count += sub.count;
    } else {
      total += (await stat(p)).size;
      count++;
    }
  }
  return { total, count };
}

async function main() {
  const only = process.argv[2];
  let written = 0;
  let biggest = { size: 0, file: "" };
  const jobs = [];
  for (const product of products) {
    if (only && !product.slug.includes(only)) continue;
    product.images.forEach((image, k) => {
      if (!/^[a-z0-9-]+\.webp$/.test(image.file))
        throw new Error(`${product.slug}: image file name must be ASCII kebab-case .webp: ${image.file}`);
      jobs.push([productSvg(product, image, k + 1), path.join(OUT, "products", image.file)]);
    });
  }
  if (!only) {
    for (const category of categories) {
      const items = CATEGORY_SCENES[category.slug];
      if (!items) continue;
      const { bg, accent } = PALETTE[category.slug];
      jobs.push([
        sceneSvg(800, 600, bg, accent, items, hashString(category.slug), 470),
        path.join(OUT, "categories", `${category.slug}.webp`),
      ]);
    }
    jobs.push([ogSvg(), path.join(OUT, "og-default.webp")]);
  }
  for (const [svg, file] of jobs) {
    await write(svg, file);
    const size = (await stat(file)).size;
    if (size > biggest.size) biggest = { size, file: path.relative(ROOT, file) };
    written++;
  }
  const { total, count } = await dirSize(OUT);
  console.log(`wrote ${written} images; public/images now holds ${count} files, ${(total / 1024).toFixed(0)} KB`);
  console.log(`largest: ${biggest.file} (${(biggest.size / 1024).toFixed(1)} KB)`);
}

await main();
