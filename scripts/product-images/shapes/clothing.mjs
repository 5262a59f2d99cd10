// Clothing and accessories (vetements): tops, knitwear, dress, shirts, scarf, hats, belt.
// Drawn around (0, 0) like every shape: see ./index.mjs.
import { shade, SWATCH } from "../colours.mjs";
import { outline, id } from "../helpers.mjs";

const TEE =
  "M -75,-205 Q 0,-178 75,-205 L 150,-190 L 258,-72 L 198,-20 L 150,-72 L 150,212 Q 0,224 -150,212 L -150,-72 L -198,-20 L -258,-72 L -150,-190 Z";
const JUMPER = (hem) =>
  `M -62,-206 Q 0,-176 62,-206 L 150,-190 Q 205,-170 218,-100 L 252,${hem - 30} L 192,${hem - 18} L 156,-30 L 156,${hem} Q 0,${hem + 10} -156,${hem} L -156,-30 L -192,${hem - 18} L -252,${hem - 30} L -218,-100 Q -205,-170 -150,-190 Z`;

export const clothingShapes = {
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
};
