// Home (maison): household linen and decoration.
// Drawn around (0, 0) like every shape: see ./index.mjs.
import { shade, SWATCH } from "../colours.mjs";
import { rng, r1, outline, id } from "../helpers.mjs";

export const homeShapes = {
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
};
