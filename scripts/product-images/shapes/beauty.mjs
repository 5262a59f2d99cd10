// Beauty (beaute): soaps, bottles, lip balm, cologne.
// Drawn around (0, 0) like every shape: see ./index.mjs.
import { shade } from "../colours.mjs";
import { outline } from "../helpers.mjs";

export const beautyShapes = {
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
};
