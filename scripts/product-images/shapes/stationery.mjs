// Stationery (papeterie): notebook, pencils, cards.
// Drawn around (0, 0) like every shape: see ./index.mjs.
import { shade } from "../colours.mjs";
import { outline, id } from "../helpers.mjs";

export const stationeryShapes = {
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
