// Whole pictures as SVG: a product picture (800 × 800), a category picture (800 × 600) and the Open Graph
// picture (1200 × 630), each a background with one or more shapes on it.
import { shapes } from "./shapes/index.mjs";
import { productLook } from "./looks.mjs";
import { mix, shade, SWATCH, PALETTE } from "./colours.mjs";
import { hashString, rng, r1, id, resetIds } from "./helpers.mjs";

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

export function productSvg(product, image, index) {
  resetIds();
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
export const CATEGORY_SCENES = {
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

export function sceneSvg(w, h, bg, accent, items, seed, floorY) {
  resetIds();
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

export function ogSvg() {
  resetIds();
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
