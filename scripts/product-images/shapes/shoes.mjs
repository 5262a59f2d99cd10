// Shoes (chaussures) and the leather care kit.
// Drawn around (0, 0) like every shape: see ./index.mjs.
import { shade, SWATCH } from "../colours.mjs";
import { rng, r1, outline, id } from "../helpers.mjs";

export const shoeShapes = {
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
};
