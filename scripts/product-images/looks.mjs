// How each product of the catalogue is drawn: which shape, which colours, where the close-up looks.
import { SWATCH, PALETTE } from "./colours.mjs";

/** How each product is drawn. `colours` are used in image order (image 2 uses the 2nd colour when there is one). */
export const LOOKS = {
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
export const CATEGORY_KIND = {
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

export function productLook(product) {
  const look = { ...(LOOKS[product.slug] ?? { kind: CATEGORY_KIND[product.category] ?? "notebook" }) };
  if (!look.colours) {
    const fromVariants = [...new Set((product.variants ?? []).map((v) => v.colour).filter(Boolean))].map(
      (c) => SWATCH[c],
    );
    look.colours = fromVariants.length ? fromVariants : [PALETTE[product.category]?.accent ?? "#9aa"];
  }
  return look;
}
