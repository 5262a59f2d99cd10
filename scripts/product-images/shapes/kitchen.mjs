// Kitchen (cuisine): teapot, bowls, board, casserole, apron, knives.
// Drawn around (0, 0) like every shape: see ./index.mjs.
import { shade } from "../colours.mjs";
import { rng, r1, outline, id } from "../helpers.mjs";

export const kitchenShapes = {
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
    if (o.i === 2) return `<g transform="rotate(-32)">${kitchenShapes.knife(1.3)}</g>`;
    const wood = "#a8754a";
    let out = `<rect x="-262" y="-250" width="524" height="500" rx="18" fill="${wood}" ${outline(wood)}/>
      <rect x="-236" y="-224" width="472" height="448" rx="10" fill="#efe4d0"/>`;
    for (let k = 0; k < 6; k++)
      out += `<g transform="translate(${-190 + k * 76},10) rotate(-90)">${kitchenShapes.knife(0.8)}</g>`;
    return out;
  },
};
