// Fine food (epicerie-fine): jars, bottle, salt pot, caramels, gift box.
// Drawn around (0, 0) like every shape: see ./index.mjs.
import { shade } from "../colours.mjs";
import { rng, r1, outline, id } from "../helpers.mjs";

export const foodShapes = {
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
};
