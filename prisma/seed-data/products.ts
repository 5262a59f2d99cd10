import type { ColourCode, SeedProduct, SeedVariant } from "./types";

// Demo catalogue of PluSuite. Images live in public/images/products/ and are drawn by
// scripts/generate-product-images.mjs (run it again after adding or renaming an image).

const WOMEN_SIZES = ["XS", "S", "M", "L", "XL"];
const MEN_SIZES = ["S", "M", "L", "XL"];
const SHOE_SIZES = ["36", "37", "38", "39", "40", "41", "42", "43", "44", "45"];

/**
 * One variant per colour × size. `stockByColour` gives, for each colour, the stock of each size (same order as `sizes`).
 * SKU: `<code>-<size>-<COLOUR>`, e.g. "MAR-BIO-M-NAVY"; "140 × 200" becomes "140X200".
 */
function grid(
  code: string,
  sizes: string[],
  stockByColour: Partial<Record<ColourCode, number[]>>,
  priceBySize: Record<string, number> = {},
): SeedVariant[] {
  const variants: SeedVariant[] = [];
  for (const [colour, stocks] of Object.entries(stockByColour) as [ColourCode, number[]][]) {
    if (stocks.length !== sizes.length)
      throw new Error(`${code}: ${colour} has ${stocks.length} stocks for ${sizes.length} sizes`);
    sizes.forEach((size, i) => {
      const variant: SeedVariant = {
        sku: `${code}-${size.replace(/\s*×\s*/g, "X")}-${colour.toUpperCase()}`,
        size,
        colour,
        stock: stocks[i] ?? 0,
      };
      if (priceBySize[size] !== undefined) variant.priceCents = priceBySize[size];
      variants.push(variant);
    });
  }
  return variants;
}

export const products: SeedProduct[] = [
  // ───────────────────────────── Vêtements femme ─────────────────────────────
  {
    slug: "mariniere-coton-bio",
    category: "vetements-femme",
    name: { fr: "Marinière en coton bio", en: "Organic cotton Breton top" },
    description: {
      fr: "La marinière classique, tricotée en jersey de coton biologique épais dans un atelier de Bretagne. Coupe droite, encolure bateau et manches trois-quarts. Lavage à 30 °C, séchage à plat ; le mannequin porte une taille S.",
      en: "The classic Breton stripe top, knitted from heavyweight organic cotton jersey in a Brittany workshop. Straight fit, boat neck and three-quarter sleeves. Wash at 30 °C and dry flat; the model wears a size S.",
    },
    priceCents: 5900,
    vatRateBp: 2000,
    stock: 0,
    featured: true,
    createdAt: "2025-01-14T09:00:00.000Z",
    images: [
      {
        file: "mariniere-coton-bio-1.webp",
        alt: {
          fr: "Marinière rayée bleu marine et blanc, posée à plat sur un fond clair",
          en: "Navy and white striped Breton top laid flat on a pale background",
        },
      },
      {
        file: "mariniere-coton-bio-2.webp",
        alt: {
          fr: "Marinière à rayures rouges et blanches, légèrement inclinée",
          en: "Red and white striped Breton top, slightly tilted",
        },
      },
      {
        file: "mariniere-coton-bio-3.webp",
        alt: {
          fr: "Gros plan sur l’encolure bateau et les rayures tricotées",
          en: "Close-up of the boat neck and the knitted stripes",
        },
      },
    ],
    variants: grid("MAR-BIO", WOMEN_SIZES, { navy: [4, 12, 15, 9, 0], red: [0, 6, 8, 3, 2] }),
  },
  {
    slug: "pull-laine-merinos-femme",
    category: "vetements-femme",
    name: { fr: "Pull col rond en laine mérinos", en: "Merino wool crew-neck jumper" },
    description: {
      fr: "Un pull léger et chaud, tricoté à Troyes en laine mérinos extra-fine. Coupe légèrement ample, bords côtelés aux poignets et à la taille. Lavage à la main à l’eau froide, séchage à plat.",
      en: "A light yet warm jumper, knitted in Troyes from extra-fine merino wool. Slightly relaxed fit with ribbed cuffs and hem. Hand wash in cold water and dry flat.",
    },
    priceCents: 8900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-09-22T09:00:00.000Z",
    images: [
      {
        file: "pull-laine-merinos-femme-1.webp",
        alt: { fr: "Pull en laine mérinos beige, vu de face", en: "Beige merino jumper seen from the front" },
      },
      {
        file: "pull-laine-merinos-femme-2.webp",
        alt: { fr: "Pull gris chiné posé de biais", en: "Grey marl jumper laid at an angle" },
      },
    ],
    variants: grid("PUL-MER", WOMEN_SIZES, { beige: [3, 7, 9, 5, 2], grey: [0, 4, 6, 4, 1] }),
  },
  {
    slug: "robe-lin-lave",
    category: "vetements-femme",
    name: { fr: "Robe chemise en lin lavé", en: "Washed linen shirt dress" },
    description: {
      fr: "Une robe chemise fluide en lin français lavé à la pierre, boutonnée sur toute la longueur et resserrée par une ceinture à nouer. Confectionnée dans les Vosges ; longueur 112 cm en taille M. Lavage en machine à 40 °C — le lin se froisse, c’est tout son charme.",
      en: "A flowing shirt dress in stone-washed French linen, buttoned all the way down with a tie belt at the waist. Made in the Vosges; 112 cm long in a size M. Machine wash at 40 °C — linen creases, and that is half its charm.",
    },
    priceCents: 11900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2026-04-03T09:00:00.000Z",
    images: [
      {
        file: "robe-lin-lave-1.webp",
        alt: { fr: "Robe en lin vert sauge, vue de face", en: "Sage green linen dress seen from the front" },
      },
      {
        file: "robe-lin-lave-2.webp",
        alt: { fr: "Robe en lin écru, légèrement de biais", en: "Natural linen dress, slightly turned" },
      },
    ],
    variants: grid("ROB-LIN", WOMEN_SIZES, { green: [2, 5, 0, 3, 1], natural: [1, 4, 6, 2, 0] }),
  },
  {
    slug: "gilet-maille-cotelee",
    category: "vetements-femme",
    name: { fr: "Gilet en maille côtelée", en: "Ribbed knit cardigan" },
    description: {
      fr: "Gilet court à boutons de nacre, tricoté en côtes 2 × 2 dans un mélange de coton et de laine recyclée. Fabriqué dans l’Aube par une bonneterie familiale fondée en 1952. Lavage en machine à 30 °C, programme laine.",
      en: "A cropped cardigan with mother-of-pearl buttons, knitted in a 2 × 2 rib from a blend of cotton and recycled wool. Made in the Aube by a family-run knitwear mill founded in 1952. Machine wash at 30 °C on a wool cycle.",
    },
    priceCents: 7900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-05-19T09:00:00.000Z",
    images: [
      {
        file: "gilet-maille-cotelee-1.webp",
        alt: {
          fr: "Gilet rose poudré boutonné, vu de face",
          en: "Powder pink cardigan, buttoned, seen from the front",
        },
      },
    ],
    variants: grid("GIL-COT", WOMEN_SIZES, { pink: [0, 3, 5, 4, 2] }),
  },
  {
    slug: "carre-soie-imprime",
    category: "vetements-femme",
    name: { fr: "Carré de soie imprimé « Côte d’Azur »", en: "Côte d’Azur printed silk scarf" },
    description: {
      fr: "Un carré de 90 × 90 cm en twill de soie, imprimé à Lyon d’un motif de vagues et de parasols. Ourlets roulottés à la main. Nettoyage à sec ou lavage délicat à la main.",
      en: "A 90 × 90 cm silk twill square, printed in Lyon with a pattern of waves and parasols. Hand-rolled hems. Dry clean, or hand wash gently.",
    },
    priceCents: 6500,
    vatRateBp: 2000,
    stock: 14,
    createdAt: "2025-06-02T09:00:00.000Z",
    images: [
      {
        file: "carre-soie-imprime-1.webp",
        alt: {
          fr: "Carré de soie à motif de vagues bleues, étalé à plat",
          en: "Silk square with a blue wave pattern, laid flat",
        },
      },
      {
        file: "carre-soie-imprime-2.webp",
        alt: { fr: "Le même carré de soie plié en triangle", en: "The same silk square folded into a triangle" },
      },
    ],
  },
  {
    slug: "beret-laine-feutree",
    category: "vetements-femme",
    name: { fr: "Béret en laine feutrée", en: "Felted wool beret" },
    description: {
      fr: "Le vrai béret, tricoté puis feutré à Oloron-Sainte-Marie en pure laine mérinos. Doublure en satin et bande de confort en cuir. Taille unique ajustable, de 55 à 59 cm de tour de tête.",
      en: "The genuine beret, knitted then felted in Oloron-Sainte-Marie from pure merino wool. Satin lining and a leather sweatband. One size, adjustable for head sizes from 55 to 59 cm.",
    },
    priceCents: 5500,
    vatRateBp: 2000,
    stock: 22,
    createdAt: "2025-10-28T09:00:00.000Z",
    images: [
      {
        file: "beret-laine-feutree-1.webp",
        alt: {
          fr: "Béret noir posé à plat, sa petite queue sur le dessus",
          en: "Black beret lying flat, with its little stalk on top",
        },
      },
    ],
  },

  // ───────────────────────────── Vêtements homme ─────────────────────────────
  {
    slug: "chemise-lin-col-officier",
    category: "vetements-homme",
    name: { fr: "Chemise en lin à col officier", en: "Grandad-collar linen shirt" },
    description: {
      fr: "Chemise décontractée en lin lavé, tissée dans le Nord et cousue à Cholet. Col officier, poche poitrine et pans arrondis. Lavage à 40 °C ; à repasser humide ou à porter froissée.",
      en: "A relaxed shirt in washed linen, woven in northern France and sewn in Cholet. Grandad collar, chest pocket and curved hem. Wash at 40 °C; iron while damp or simply wear it creased.",
    },
    priceCents: 8500,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-04-11T09:00:00.000Z",
    images: [
      {
        file: "chemise-lin-col-officier-1.webp",
        alt: {
          fr: "Chemise en lin blanc à col officier, vue de face",
          en: "White grandad-collar linen shirt seen from the front",
        },
      },
      {
        file: "chemise-lin-col-officier-2.webp",
        alt: { fr: "Chemise en lin bleu ciel posée de biais", en: "Sky blue linen shirt laid at an angle" },
      },
    ],
    variants: grid("CHE-LIN", MEN_SIZES, { white: [4, 8, 6, 3], blue: [2, 0, 5, 4] }),
  },
  {
    slug: "veste-travail-moleskine",
    category: "vetements-homme",
    name: { fr: "Veste de travail en moleskine", en: "Moleskin work jacket" },
    description: {
      fr: "La veste de travail française telle qu’on la portait autrefois : moleskine de coton épaisse, trois poches plaquées et boutons en corozo. Confectionnée à Saint-Étienne. Lavage à 30 °C sur l’envers ; la teinte se patine joliment avec le temps.",
      en: "The French work jacket as it was first made: heavy cotton moleskin, three patch pockets and corozo buttons. Sewn in Saint-Étienne. Wash inside out at 30 °C; the colour fades beautifully over time.",
    },
    priceCents: 14900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-02-07T09:00:00.000Z",
    images: [
      {
        file: "veste-travail-moleskine-1.webp",
        alt: { fr: "Veste de travail bleu marine, vue de face", en: "Navy work jacket, front view" },
      },
      {
        file: "veste-travail-moleskine-2.webp",
        alt: { fr: "Veste de travail marron tabac posée de biais", en: "Tobacco brown work jacket laid at an angle" },
      },
      {
        file: "veste-travail-moleskine-3.webp",
        alt: { fr: "Gros plan sur une poche plaquée et ses boutons", en: "Close-up of a patch pocket and its buttons" },
      },
    ],
    variants: grid("VES-MOL", MEN_SIZES, { navy: [3, 6, 4, 2], brown: [0, 2, 3, 1] }),
  },
  {
    slug: "pull-marin-laine",
    category: "vetements-homme",
    name: { fr: "Pull marin boutonné à l’épaule", en: "Fisherman’s jumper with shoulder buttons" },
    description: {
      fr: "Un pull marin épais en pure laine peignée, tricoté serré en Bretagne pour résister aux embruns. Patte boutonnée sur l’épaule gauche et coudières en toile. Lavage à la main, séchage à plat.",
      en: "A thick fisherman’s jumper in pure combed wool, tightly knitted in Brittany to stand up to sea spray. Button placket on the left shoulder and canvas elbow patches. Hand wash and dry flat.",
    },
    priceCents: 12500,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2026-01-15T09:00:00.000Z",
    images: [
      {
        file: "pull-marin-laine-1.webp",
        alt: { fr: "Pull marin bleu marine, vu de face", en: "Navy fisherman’s jumper, front view" },
      },
      {
        file: "pull-marin-laine-2.webp",
        alt: { fr: "Pull marin écru posé de biais", en: "Ecru fisherman’s jumper laid at an angle" },
      },
    ],
    variants: grid("PUL-MAR", MEN_SIZES, { navy: [2, 5, 7, 3], natural: [1, 3, 0, 2] }),
  },
  {
    slug: "bonnet-cotele-laine",
    category: "vetements-homme",
    name: { fr: "Bonnet côtelé en laine recyclée", en: "Ribbed recycled wool beanie" },
    description: {
      fr: "Bonnet à revers tricoté en côtes près de Castres, dans une laine recyclée issue de chutes de confection. Chaud, et il ne gratte pas. Taille unique ; lavage à la main à l’eau froide.",
      en: "A turn-up beanie, rib-knitted near Castres from wool recycled from garment offcuts. Warm and not at all itchy. One size; hand wash in cold water.",
    },
    priceCents: 3200,
    vatRateBp: 2000,
    stock: 30,
    createdAt: "2025-11-06T09:00:00.000Z",
    images: [
      {
        file: "bonnet-cotele-laine-1.webp",
        alt: {
          fr: "Bonnet côtelé vert forêt, revers replié",
          en: "Forest green ribbed beanie with its cuff turned up",
        },
      },
    ],
  },
  {
    slug: "ceinture-cuir-tannage-vegetal",
    category: "vetements-homme",
    name: { fr: "Ceinture en cuir à tannage végétal", en: "Vegetable-tanned leather belt" },
    description: {
      fr: "Ceinture de 3,5 cm de large, découpée dans un cuir pleine fleur tanné au végétal dans le Tarn, avec une boucle en laiton massif. Elle se coupe à la longueur voulue, jusqu’à 120 cm. À nourrir de temps en temps avec une crème incolore.",
      en: "A 3.5 cm wide belt cut from full-grain vegetable-tanned leather from the Tarn, with a solid brass buckle. Trim it to your length, up to 120 cm. Feed it now and then with a neutral cream.",
    },
    priceCents: 4900,
    vatRateBp: 2000,
    stock: 18,
    createdAt: "2026-06-09T09:00:00.000Z",
    images: [
      {
        file: "ceinture-cuir-tannage-vegetal-1.webp",
        alt: { fr: "Ceinture en cuir marron enroulée sur elle-même", en: "Brown leather belt rolled up" },
      },
      {
        file: "ceinture-cuir-tannage-vegetal-2.webp",
        alt: {
          fr: "Ceinture en cuir marron, boucle en laiton au premier plan",
          en: "Brown leather belt with the brass buckle in the foreground",
        },
      },
    ],
  },

  // ───────────────────────────── Chaussures ─────────────────────────────
  {
    slug: "espadrilles-toile-jute",
    category: "chaussures",
    name: { fr: "Espadrilles en toile et corde de jute", en: "Canvas and jute espadrilles" },
    description: {
      fr: "Fabriquées à Mauléon, capitale de l’espadrille, avec une semelle en corde de jute cousue main et une toile de coton épaisse. Elles se font au pied en quelques jours. À nettoyer à la brosse sèche, jamais en machine.",
      en: "Made in Mauléon, the home of the espadrille, with a hand-stitched jute rope sole and heavy cotton canvas uppers. They mould to your feet within a few days. Clean with a dry brush; never machine wash.",
    },
    priceCents: 3900,
    vatRateBp: 2000,
    stock: 0,
    featured: true,
    createdAt: "2025-03-21T09:00:00.000Z",
    images: [
      {
        file: "espadrilles-toile-jute-1.webp",
        alt: { fr: "Espadrille bleu marine vue de profil", en: "Navy espadrille seen from the side" },
      },
      {
        file: "espadrilles-toile-jute-2.webp",
        alt: { fr: "Espadrille rouge légèrement inclinée", en: "Red espadrille, slightly tilted" },
      },
      {
        file: "espadrilles-toile-jute-3.webp",
        alt: { fr: "Gros plan sur la semelle en corde de jute", en: "Close-up of the jute rope sole" },
      },
    ],
    variants: grid("ESP-JUT", SHOE_SIZES, {
      navy: [2, 4, 6, 5, 3, 4, 6, 2, 1, 0],
      red: [1, 3, 0, 2, 2, 1, 0, 0, 1, 0],
    }),
  },
  {
    slug: "baskets-cuir-blanc",
    category: "chaussures",
    name: { fr: "Baskets en cuir blanc", en: "White leather trainers" },
    description: {
      fr: "Des baskets minimalistes en cuir de veau tanné en France, montées à Romans-sur-Isère sur une semelle cousue en caoutchouc naturel. Doublure en cuir et semelle intérieure en liège. Elles taillent normalement ; un chiffon humide suffit pour l’entretien.",
      en: "Minimalist trainers in French-tanned calf leather, made in Romans-sur-Isère on a stitched natural rubber sole. Leather lining and a cork insole. True to size; a damp cloth is all they need.",
    },
    priceCents: 13900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-08-30T09:00:00.000Z",
    images: [
      {
        file: "baskets-cuir-blanc-1.webp",
        alt: { fr: "Basket en cuir blanc vue de profil", en: "White leather trainer seen from the side" },
      },
      {
        file: "baskets-cuir-blanc-2.webp",
        alt: {
          fr: "Basket blanche inclinée, semelle en caoutchouc visible",
          en: "White trainer tilted to show the rubber sole",
        },
      },
    ],
    variants: grid("BAS-CUI", SHOE_SIZES, { white: [1, 3, 4, 2, 5, 6, 4, 3, 0, 1] }),
  },
  {
    slug: "chaussons-laine-bouillie",
    category: "chaussures",
    name: { fr: "Chaussons en laine bouillie", en: "Boiled wool slippers" },
    description: {
      fr: "Des chaussons douillets en laine bouillie des Pyrénées, montés sur une semelle en cuir antidérapante. Ils gardent les pieds au chaud sans les faire transpirer. Un coup de brosse suffit ; ne pas laver en machine.",
      en: "Cosy slippers in boiled Pyrenean wool on a non-slip leather sole. They keep your feet warm without making them sweat. A quick brush keeps them clean; not machine washable.",
    },
    priceCents: 4900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-10-14T09:00:00.000Z",
    images: [
      {
        file: "chaussons-laine-bouillie-1.webp",
        alt: { fr: "Chausson en laine gris chiné vu de profil", en: "Grey marl wool slipper seen from the side" },
      },
    ],
    variants: grid("CHA-LAI", SHOE_SIZES, { grey: [3, 5, 6, 4, 0, 2, 4, 3, 2, 1] }),
  },
  {
    slug: "bottines-chelsea-cuir",
    category: "chaussures",
    name: { fr: "Bottines Chelsea en cuir", en: "Leather Chelsea boots" },
    description: {
      fr: "Bottines à élastiques latéraux en cuir de veau, cousues Goodyear dans un atelier de la Drôme : elles se ressemellent sans difficulté. Semelle en gomme crantée. À cirer régulièrement avec une crème de la couleur du cuir.",
      en: "Chelsea boots in calf leather with elastic side panels, Goodyear-welted in a workshop in the Drôme, so they can easily be resoled. Lugged rubber sole. Polish regularly with a shoe cream that matches the leather.",
    },
    priceCents: 18900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2026-02-18T09:00:00.000Z",
    images: [
      {
        file: "bottines-chelsea-cuir-1.webp",
        alt: { fr: "Bottine Chelsea en cuir marron, vue de profil", en: "Brown leather Chelsea boot, side view" },
      },
      {
        file: "bottines-chelsea-cuir-2.webp",
        alt: { fr: "Bottine Chelsea noire légèrement inclinée", en: "Black Chelsea boot, slightly tilted" },
      },
    ],
    variants: grid("BOT-CHE", SHOE_SIZES, {
      brown: [0, 1, 2, 2, 3, 4, 3, 2, 1, 1],
      black: [1, 2, 2, 0, 2, 3, 4, 2, 1, 0],
    }),
  },
  {
    slug: "kit-entretien-cuir",
    category: "chaussures",
    name: { fr: "Kit d’entretien pour le cuir", en: "Leather care kit" },
    description: {
      fr: "Une brosse en crin de cheval, une crème nourrissante incolore à la cire d’abeille et une chamoisine, réunies dans une boîte en métal. La crème est fabriquée dans le Maine-et-Loire. Idéal pour faire durer chaussures, ceintures et sacs.",
      en: "A horsehair brush, a neutral beeswax conditioning cream and a polishing cloth, all in a metal tin. The cream is made in Maine-et-Loire. Just the thing to make shoes, belts and bags last.",
    },
    priceCents: 2400,
    vatRateBp: 2000,
    stock: 35,
    createdAt: "2025-07-08T09:00:00.000Z",
    images: [
      {
        file: "kit-entretien-cuir-1.webp",
        alt: {
          fr: "Boîte en métal ronde et brosse en crin côte à côte",
          en: "Round metal tin and horsehair brush side by side",
        },
      },
    ],
  },

  // ───────────────────────────── Linge de maison ─────────────────────────────
  {
    slug: "housse-couette-lin-lave",
    category: "linge-de-maison",
    name: { fr: "Housse de couette en lin lavé", en: "Washed linen duvet cover" },
    description: {
      fr: "Tissée en lin 100 % français puis lavée pour être souple dès la première nuit. Fermeture par boutons en coco. Lavage en machine à 40 °C, séchage en tambour doux possible : plus elle est lavée, plus elle est douce.",
      en: "Woven from 100% French linen and pre-washed so it feels soft from the very first night. Coconut-shell button closure. Machine wash at 40 °C and tumble dry on low if you like: the more it is washed, the softer it gets.",
    },
    priceCents: 12900,
    vatRateBp: 2000,
    stock: 0,
    featured: true,
    createdAt: "2025-02-26T09:00:00.000Z",
    images: [
      {
        file: "housse-couette-lin-lave-1.webp",
        alt: { fr: "Pile de linge en lin écru plié", en: "Stack of folded natural linen bedding" },
      },
      {
        file: "housse-couette-lin-lave-2.webp",
        alt: {
          fr: "Housse de couette en lin blanc pliée, légèrement de biais",
          en: "Folded white linen duvet cover, slightly turned",
        },
      },
      {
        file: "housse-couette-lin-lave-3.webp",
        alt: { fr: "Gros plan sur le tissage du lin et ses plis", en: "Close-up of the linen weave and its folds" },
      },
    ],
    variants: grid(
      "HOU-LIN",
      ["140 × 200", "200 × 200", "240 × 220"],
      { natural: [6, 4, 2], white: [3, 0, 1], green: [2, 3, 0] },
      { "200 × 200": 15900, "240 × 220": 18900 },
    ),
  },
  {
    slug: "drap-housse-lin",
    category: "linge-de-maison",
    name: { fr: "Drap housse en lin lavé", en: "Washed linen fitted sheet" },
    description: {
      fr: "Drap housse en lin lavé avec un bonnet de 30 cm qui tient bien les matelas épais. Lin cultivé en Normandie et tissé dans les Vosges. Lavage à 40 °C.",
      en: "A washed linen fitted sheet with 30 cm deep corners that grip even thick mattresses. Flax grown in Normandy and woven in the Vosges. Wash at 40 °C.",
    },
    priceCents: 6900,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-05-06T09:00:00.000Z",
    images: [
      {
        file: "drap-housse-lin-1.webp",
        alt: { fr: "Drap housse en lin écru plié", en: "Folded natural linen fitted sheet" },
      },
      {
        file: "drap-housse-lin-2.webp",
        alt: {
          fr: "Drap housse gris ardoise plié, posé de biais",
          en: "Folded slate grey fitted sheet, set at an angle",
        },
      },
    ],
    variants: grid(
      "DRA-LIN",
      ["90 × 190", "140 × 190", "160 × 200"],
      { natural: [5, 8, 6], grey: [2, 0, 4] },
      { "140 × 190": 7900, "160 × 200": 8900 },
    ),
  },
  {
    slug: "serviette-nid-abeille",
    category: "linge-de-maison",
    name: { fr: "Serviette de bain en nid d’abeille", en: "Waffle-weave bath towel" },
    description: {
      fr: "Grande serviette de 100 × 150 cm en coton et lin tissés en nid d’abeille, légère et très absorbante. Elle sèche vite, même dans une petite salle de bain. Tissée dans les Vosges ; lavage à 60 °C.",
      en: "A large 100 × 150 cm bath towel in a cotton and linen waffle weave, light yet very absorbent. It dries quickly, even in a small bathroom. Woven in the Vosges; wash at 60 °C.",
    },
    priceCents: 3900,
    vatRateBp: 2000,
    stock: 40,
    createdAt: "2026-05-12T09:00:00.000Z",
    images: [
      {
        file: "serviette-nid-abeille-1.webp",
        alt: {
          fr: "Serviettes en nid d’abeille jaune moutarde pliées en pile",
          en: "Mustard yellow waffle towels folded in a pile",
        },
      },
      {
        file: "serviette-nid-abeille-2.webp",
        alt: { fr: "Serviette jaune pliée, posée de biais", en: "Folded yellow towel set at an angle" },
      },
    ],
  },
  {
    slug: "plaid-laine-pyrenees",
    category: "linge-de-maison",
    name: { fr: "Plaid en laine des Pyrénées", en: "Pyrenean wool throw" },
    description: {
      fr: "Un plaid de 130 × 180 cm tissé à Lavelanet dans une laine vierge épaisse, à motif de chevrons. Finitions à franges nouées. Nettoyage à sec conseillé, ou lavage à la main à l’eau froide.",
      en: "A 130 × 180 cm throw woven in Lavelanet from thick virgin wool in a herringbone pattern. Knotted fringe edges. Dry cleaning recommended, or hand wash in cold water.",
    },
    priceCents: 9900,
    vatRateBp: 2000,
    stock: 12,
    createdAt: "2025-12-01T09:00:00.000Z",
    images: [
      {
        file: "plaid-laine-pyrenees-1.webp",
        alt: {
          fr: "Plaid à chevrons rouge brique plié, franges visibles",
          en: "Brick red herringbone throw, folded, with its fringe showing",
        },
      },
      {
        file: "plaid-laine-pyrenees-2.webp",
        alt: { fr: "Plaid rouge brique posé de biais", en: "Brick red throw set at an angle" },
      },
    ],
  },
  {
    slug: "nappe-lin-enduit",
    category: "linge-de-maison",
    name: { fr: "Nappe en lin enduit", en: "Coated linen tablecloth" },
    description: {
      fr: "Une nappe en lin recouverte d’un enduit acrylique mat qui résiste aux taches : un coup d’éponge suffit. Format 160 × 250 cm, pour six à huit couverts. Fabriquée à Lyon ; ne pas repasser côté enduit.",
      en: "A linen tablecloth with a matt acrylic coating that shrugs off stains: just wipe it clean. 160 × 250 cm, seating six to eight. Made in Lyon; do not iron the coated side.",
    },
    priceCents: 7900,
    vatRateBp: 2000,
    stock: 9,
    createdAt: "2026-07-04T09:00:00.000Z",
    images: [
      {
        file: "nappe-lin-enduit-1.webp",
        alt: { fr: "Nappe en lin bleu pliée, posée à plat", en: "Blue linen tablecloth, folded and laid flat" },
      },
    ],
  },
  {
    slug: "torchons-metis-lot-3",
    category: "linge-de-maison",
    name: { fr: "Lot de 3 torchons en métis", en: "Set of 3 linen-cotton tea towels" },
    description: {
      fr: "Trois torchons de 50 × 70 cm en métis de lin et coton, tissés à liteaux rouges comme autrefois. Le lin les rend très absorbants et ils ne peluchent pas sur les verres. Lavage à 60 °C.",
      en: "Three 50 × 70 cm tea towels in a linen and cotton blend, woven with traditional red stripes. The linen makes them very absorbent and lint-free on glasses. Wash at 60 °C.",
    },
    priceCents: 2400,
    vatRateBp: 2000,
    stock: 55,
    createdAt: "2025-01-29T09:00:00.000Z",
    images: [
      {
        file: "torchons-metis-lot-3-1.webp",
        alt: {
          fr: "Trois torchons à liteaux rouges pliés en pile",
          en: "Three red-striped tea towels folded in a pile",
        },
      },
      {
        file: "torchons-metis-lot-3-2.webp",
        alt: { fr: "Torchons à rayures rouges posés de biais", en: "Red-striped tea towels set at an angle" },
      },
    ],
  },

  // ───────────────────────────── Décoration ─────────────────────────────
  {
    slug: "bougie-figuier-cire-colza",
    category: "decoration",
    name: { fr: "Bougie parfumée Figuier", en: "Fig tree scented candle" },
    description: {
      fr: "Bougie coulée à la main dans le Vaucluse, en cire de colza française, avec un parfum de Grasse aux notes de feuille de figuier. Environ 45 heures de combustion dans un verre ambré réutilisable. Recouper la mèche à 5 mm avant chaque utilisation.",
      en: "Hand-poured in the Vaucluse from French rapeseed wax, with a Grasse fragrance of fig leaves. Around 45 hours’ burning time in a reusable amber glass. Trim the wick to 5 mm before each use.",
    },
    priceCents: 3200,
    vatRateBp: 2000,
    stock: 25,
    featured: true,
    createdAt: "2025-11-20T09:00:00.000Z",
    images: [
      {
        file: "bougie-figuier-cire-colza-1.webp",
        alt: { fr: "Bougie allumée dans un verre ambré", en: "Lit candle in an amber glass" },
      },
      {
        file: "bougie-figuier-cire-colza-2.webp",
        alt: {
          fr: "Bougie éteinte dans son verre ambré, posée sur une table",
          en: "Unlit candle in its amber glass, standing on a table",
        },
      },
    ],
  },
  {
    slug: "vase-gres-emaille",
    category: "decoration",
    name: { fr: "Vase en grès émaillé", en: "Glazed stoneware vase" },
    description: {
      fr: "Vase tourné à la main par un potier de La Borne, dans le Berry, avec un émail vert céladon qui coule légèrement sur le col. Hauteur 24 cm ; chaque pièce est unique. Étanche, il accueille volontiers des fleurs fraîches.",
      en: "A vase hand-thrown by a potter in La Borne, in the Berry, with a celadon green glaze that runs slightly down the neck. 24 cm tall; every piece is unique. Watertight, so happy to hold fresh flowers.",
    },
    priceCents: 4500,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2026-03-10T09:00:00.000Z",
    images: [
      {
        file: "vase-gres-emaille-1.webp",
        alt: { fr: "Vase vert céladon avec une branche feuillue", en: "Celadon green vase holding a leafy branch" },
      },
    ],
  },
  {
    slug: "panier-osier-tresse",
    category: "decoration",
    name: { fr: "Panier en osier tressé", en: "Woven wicker basket" },
    description: {
      fr: "Panier rond en osier brut, tressé à la main à Villaines-les-Rochers, en Touraine, avec des anses en cuir. Diamètre 38 cm, hauteur 30 cm : parfait pour le linge, les plaids ou le bois de cheminée.",
      en: "A round basket in natural wicker, hand-woven in Villaines-les-Rochers in Touraine, with leather handles. 38 cm across and 30 cm high: perfect for laundry, throws or firewood.",
    },
    priceCents: 5500,
    vatRateBp: 2000,
    stock: 7,
    createdAt: "2025-07-25T09:00:00.000Z",
    images: [
      {
        file: "panier-osier-tresse-1.webp",
        alt: { fr: "Panier en osier naturel à anses en cuir", en: "Natural wicker basket with leather handles" },
      },
      {
        file: "panier-osier-tresse-2.webp",
        alt: { fr: "Gros plan sur le tressage de l’osier", en: "Close-up of the wicker weave" },
      },
    ],
  },
  {
    slug: "miroir-rond-chene",
    category: "decoration",
    name: { fr: "Miroir rond, cadre en chêne", en: "Round oak-framed mirror" },
    description: {
      fr: "Miroir de 60 cm de diamètre dans un cadre en chêne massif huilé, façonné par un menuisier du Jura. Livré avec une lanière en cuir pour l’accrocher. Dépoussiérer avec un chiffon sec.",
      en: "A 60 cm round mirror in a solid oiled oak frame, made by a joiner in the Jura. Comes with a leather strap for hanging. Dust with a dry cloth.",
    },
    priceCents: 12900,
    vatRateBp: 2000,
    stock: 4,
    createdAt: "2026-08-17T09:00:00.000Z",
    images: [
      {
        file: "miroir-rond-chene-1.webp",
        alt: {
          fr: "Miroir rond en chêne suspendu à une lanière de cuir",
          en: "Round oak mirror hanging from a leather strap",
        },
      },
    ],
  },
  {
    slug: "guirlande-boules-coton",
    category: "decoration",
    name: { fr: "Guirlande lumineuse à boules de coton", en: "Cotton ball string lights" },
    description: {
      fr: "Vingt boules de fil de coton enroulées à la main sur une guirlande LED, pour une lumière douce et tamisée. Longueur 3,2 m, branchement sur secteur. Usage en intérieur uniquement.",
      en: "Twenty hand-wound cotton thread balls on an LED string for a soft, diffused glow. 3.2 m long, mains powered. Indoor use only.",
    },
    priceCents: 3900,
    vatRateBp: 2000,
    stock: 15,
    active: false,
    createdAt: "2025-12-12T09:00:00.000Z",
    images: [
      {
        file: "guirlande-boules-coton-1.webp",
        alt: { fr: "Guirlande de boules de coton beige et rose", en: "String of beige and pink cotton ball lights" },
      },
    ],
  },

  // ───────────────────────────── Cuisine ─────────────────────────────
  {
    slug: "theiere-gres-emaille",
    category: "cuisine",
    name: { fr: "Théière en grès émaillé", en: "Teapot in glazed stoneware" },
    description: {
      fr: "Théière d’un litre en grès émaillé, tournée dans un atelier de Puisaye, avec un filtre amovible en inox. Son bec ne goutte pas. Lavage à la main recommandé pour préserver l’émail.",
      en: "A one-litre glazed stoneware teapot, thrown in a Puisaye workshop, with a removable stainless steel infuser. The spout does not drip. Hand washing recommended to protect the glaze.",
    },
    priceCents: 5900,
    vatRateBp: 2000,
    stock: 11,
    featured: true,
    createdAt: "2025-04-28T09:00:00.000Z",
    images: [
      {
        file: "theiere-gres-emaille-1.webp",
        alt: {
          fr: "Théière en grès bleu ardoise, vue de profil",
          en: "Slate blue stoneware teapot seen from the side",
        },
      },
      {
        file: "theiere-gres-emaille-2.webp",
        alt: { fr: "Théière bleu ardoise et sa tasse assortie", en: "Slate blue teapot with its matching cup" },
      },
    ],
  },
  {
    slug: "bols-gres-lot-4",
    category: "cuisine",
    name: { fr: "Lot de 4 bols en grès", en: "Set of 4 stoneware bowls" },
    description: {
      fr: "Quatre bols de 14 cm en grès émaillé, chacun d’une couleur douce différente. Façonnés et cuits à haute température dans la Drôme. Compatibles lave-vaisselle et micro-ondes.",
      en: "Four 14 cm glazed stoneware bowls, each in a different soft colour. Shaped and high-fired in the Drôme. Dishwasher and microwave safe.",
    },
    priceCents: 4800,
    vatRateBp: 2000,
    stock: 20,
    createdAt: "2026-09-03T09:00:00.000Z",
    images: [
      {
        file: "bols-gres-lot-4-1.webp",
        alt: { fr: "Bols en grès de couleurs pastel empilés", en: "Pastel stoneware bowls stacked up" },
      },
      {
        file: "bols-gres-lot-4-2.webp",
        alt: { fr: "Un bol en grès vert pâle, vu de côté", en: "A pale green stoneware bowl, side view" },
      },
      {
        file: "bols-gres-lot-4-3.webp",
        alt: { fr: "Les quatre bols alignés, vus de dessus", en: "The four bowls in a row, seen from above" },
      },
    ],
  },
  {
    slug: "planche-olivier",
    category: "cuisine",
    name: { fr: "Planche à découper en bois d’olivier", en: "Olive wood chopping board" },
    description: {
      fr: "Planche de 40 × 20 cm taillée dans une seule pièce d’olivier provençal : chaque veinage est unique. Idéale pour le pain et le fromage. Laver à la main et huiler de temps à autre ; pas de lave-vaisselle.",
      en: "A 40 × 20 cm board carved from a single piece of Provençal olive wood, so every grain pattern is different. Ideal for bread and cheese. Hand wash and oil it from time to time; not dishwasher safe.",
    },
    priceCents: 3900,
    vatRateBp: 2000,
    stock: 16,
    createdAt: "2025-06-18T09:00:00.000Z",
    images: [
      {
        file: "planche-olivier-1.webp",
        alt: { fr: "Planche en bois d’olivier veiné avec sa poignée", en: "Grained olive wood board with its handle" },
      },
    ],
  },
  {
    slug: "cocotte-fonte-24",
    category: "cuisine",
    name: { fr: "Cocotte ronde en fonte, 24 cm", en: "Round cast-iron casserole, 24 cm" },
    description: {
      fr: "Cocotte de 4,2 litres en fonte émaillée, coulée dans l’Aisne, compatible avec tous les feux, induction comprise, et avec le four. Son couvercle à picots arrose les plats pendant la cuisson. Lavage à la main conseillé.",
      en: "A 4.2-litre enamelled cast-iron casserole, cast in the Aisne, suitable for every hob including induction, and for the oven. The self-basting lid keeps dishes moist as they cook. Hand washing recommended.",
    },
    priceCents: 17900,
    vatRateBp: 2000,
    stock: 6,
    createdAt: "2025-09-09T09:00:00.000Z",
    images: [
      {
        file: "cocotte-fonte-24-1.webp",
        alt: {
          fr: "Cocotte en fonte rouge cerise, couvercle fermé",
          en: "Cherry red cast-iron casserole with its lid on",
        },
      },
      {
        file: "cocotte-fonte-24-2.webp",
        alt: { fr: "Gros plan sur le couvercle et son bouton en acier", en: "Close-up of the lid and its steel knob" },
      },
    ],
  },
  {
    slug: "tablier-toile-coton",
    category: "cuisine",
    name: { fr: "Tablier en toile de coton", en: "Cotton canvas apron" },
    description: {
      fr: "Tablier de cuisine en toile de coton épaisse, avec une grande poche ventrale et des bretelles croisées dans le dos qui ne tirent pas sur la nuque. Confectionné à Roanne. Taille unique ; lavage à 40 °C.",
      en: "A kitchen apron in heavy cotton canvas, with a large front pocket and cross-back straps that don’t pull on your neck. Made in Roanne. One size; wash at 40 °C.",
    },
    priceCents: 3400,
    vatRateBp: 2000,
    stock: 28,
    createdAt: "2026-10-05T09:00:00.000Z",
    images: [
      {
        file: "tablier-toile-coton-1.webp",
        alt: { fr: "Tablier en toile beige avec sa poche ventrale", en: "Beige canvas apron with its front pocket" },
      },
    ],
  },
  {
    slug: "couteaux-laguiole-coffret-6",
    category: "cuisine",
    name: { fr: "Coffret de 6 couteaux Laguiole", en: "Set of 6 Laguiole steak knives" },
    description: {
      fr: "Six couteaux de table forgés à Thiers, avec une lame en acier inoxydable et un manche en hêtre. L’abeille traditionnelle orne le ressort. Lavage à la main et séchage immédiat ; livrés dans un coffret en bois.",
      en: "Six table knives forged in Thiers, with stainless steel blades and beech handles. The traditional bee sits on the spine. Hand wash and dry straight away; supplied in a wooden box.",
    },
    priceCents: 8900,
    vatRateBp: 2000,
    stock: 10,
    createdAt: "2025-03-03T09:00:00.000Z",
    images: [
      {
        file: "couteaux-laguiole-coffret-6-1.webp",
        alt: { fr: "Couteaux Laguiole à manche en hêtre alignés", en: "Beech-handled Laguiole knives lined up" },
      },
      {
        file: "couteaux-laguiole-coffret-6-2.webp",
        alt: { fr: "Un couteau Laguiole posé en diagonale", en: "A single Laguiole knife lying diagonally" },
      },
    ],
  },

  // ───────────────────────────── Épicerie fine ─────────────────────────────
  {
    slug: "confiture-abricot-roussillon",
    category: "epicerie-fine",
    name: { fr: "Confiture extra d’abricots du Roussillon", en: "Roussillon apricot jam" },
    description: {
      fr: "Des abricots Rouge du Roussillon cuits en petites bassines de cuivre, avec 60 % de fruits et juste ce qu’il faut de sucre de canne. Pot de 320 g. À conserver au frais après ouverture.",
      en: "Rouge du Roussillon apricots cooked in small copper pans, with 60% fruit and just enough cane sugar. 320 g jar. Keep in the fridge once opened.",
    },
    priceCents: 690,
    vatRateBp: 550,
    stock: 48,
    featured: true,
    createdAt: "2025-08-05T09:00:00.000Z",
    images: [
      {
        file: "confiture-abricot-roussillon-1.webp",
        alt: { fr: "Pot de confiture d’abricots au couvercle à carreaux", en: "Jar of apricot jam with a gingham lid" },
      },
      {
        file: "confiture-abricot-roussillon-2.webp",
        alt: {
          fr: "Gros plan sur le couvercle en tissu vichy noué d’une ficelle",
          en: "Close-up of the gingham cloth lid tied with string",
        },
      },
    ],
  },
  {
    slug: "miel-lavande-provence",
    category: "epicerie-fine",
    name: { fr: "Miel de lavande de Provence IGP", en: "Provence lavender honey (PGI)" },
    description: {
      fr: "Un miel crémeux et délicatement fleuri, récolté en été sur les champs de lavande du plateau de Valensole. Pot en verre de 500 g. Il cristallise naturellement, gage de sa qualité.",
      en: "A creamy, delicately floral honey, harvested in summer from the lavender fields of the Valensole plateau. 500 g glass jar. It crystallises naturally, which is a sign of quality.",
    },
    priceCents: 1190,
    vatRateBp: 550,
    stock: 0,
    createdAt: "2026-07-22T09:00:00.000Z",
    images: [
      {
        file: "miel-lavande-provence-1.webp",
        alt: {
          fr: "Pot de miel doré au couvercle violet lavande",
          en: "Jar of golden honey with a lavender purple lid",
        },
      },
    ],
  },
  {
    slug: "huile-olive-nyons",
    category: "epicerie-fine",
    name: { fr: "Huile d’olive vierge extra AOP Nyons", en: "Nyons PDO extra virgin olive oil" },
    description: {
      fr: "Une huile d’olive issue de la seule variété tanche, pressée à froid au moulin de Nyons, dans la Drôme provençale. Notes douces de pomme et de noisette. Bouteille de 50 cl, à conserver à l’abri de la lumière.",
      en: "Olive oil made solely from the Tanche variety, cold-pressed at a mill in Nyons, in the Drôme provençale. Mellow notes of apple and hazelnut. 50 cl bottle; store away from the light.",
    },
    priceCents: 1890,
    vatRateBp: 550,
    stock: 24,
    createdAt: "2025-05-30T09:00:00.000Z",
    images: [
      {
        file: "huile-olive-nyons-1.webp",
        alt: { fr: "Bouteille d’huile d’olive en verre vert foncé", en: "Dark green glass bottle of olive oil" },
      },
      {
        file: "huile-olive-nyons-2.webp",
        alt: {
          fr: "Bouteille d’huile d’olive et quelques olives noires sur une table",
          en: "Bottle of olive oil and a few black olives on a table",
        },
      },
    ],
  },
  {
    slug: "fleur-de-sel-guerande",
    category: "epicerie-fine",
    name: { fr: "Fleur de sel de Guérande", en: "Guérande fleur de sel" },
    description: {
      fr: "Récoltée à la main par un paludier de la presqu’île de Guérande, cette fleur de sel croquante s’ajoute en fin de cuisson. Pot en grès de 125 g, refermable grâce à son bouchon en liège.",
      en: "Hand-harvested by a salt worker on the Guérande peninsula, this crunchy fleur de sel is best added just before serving. 125 g stoneware pot with a resealable cork stopper.",
    },
    priceCents: 790,
    vatRateBp: 550,
    stock: 60,
    createdAt: "2026-02-02T09:00:00.000Z",
    images: [
      {
        file: "fleur-de-sel-guerande-1.webp",
        alt: {
          fr: "Pot en grès blanc fermé par un bouchon en liège",
          en: "White stoneware pot closed with a cork stopper",
        },
      },
    ],
  },
  {
    slug: "caramels-beurre-sale",
    category: "epicerie-fine",
    name: { fr: "Caramels au beurre salé", en: "Salted butter caramels" },
    description: {
      fr: "Des caramels tendres cuits au chaudron en Bretagne, avec du beurre de baratte et de la fleur de sel. Sachet de 200 g, soit environ 25 caramels emballés un à un. À déguster dans les trois mois.",
      en: "Soft caramels cooked in a copper kettle in Brittany with churned butter and fleur de sel. A 200 g bag of around 25 individually wrapped caramels. Best enjoyed within three months.",
    },
    priceCents: 850,
    vatRateBp: 550,
    stock: 37,
    createdAt: "2025-10-02T09:00:00.000Z",
    images: [
      {
        file: "caramels-beurre-sale-1.webp",
        alt: { fr: "Caramels emballés dans du papier, éparpillés", en: "Paper-wrapped caramels scattered about" },
      },
      {
        file: "caramels-beurre-sale-2.webp",
        alt: { fr: "Caramels en papillote, vus de plus près", en: "Twist-wrapped caramels seen up close" },
      },
    ],
  },
  {
    slug: "coffret-gourmand-noel",
    category: "epicerie-fine",
    name: { fr: "Coffret gourmand de Noël", en: "Christmas gourmet hamper" },
    description: {
      fr: "Une sélection de fêtes : confiture de figues, pâtes de fruits, nougat de Montélimar et sablés bretons, présentés dans une boîte en bois. Édition limitée, disponible en décembre.",
      en: "A festive selection of fig jam, fruit jellies, Montélimar nougat and Breton shortbread, presented in a wooden box. Limited edition, available in December.",
    },
    priceCents: 4900,
    vatRateBp: 550,
    stock: 15,
    active: false,
    createdAt: "2025-11-27T09:00:00.000Z",
    images: [
      {
        file: "coffret-gourmand-noel-1.webp",
        alt: { fr: "Coffret en bois fermé par un ruban rouge", en: "Wooden box tied with a red ribbon" },
      },
    ],
  },

  // ───────────────────────────── Beauté ─────────────────────────────
  {
    slug: "savon-marseille-huile-olive",
    category: "beaute",
    name: { fr: "Savon de Marseille à l’huile d’olive", en: "Olive oil Marseille soap" },
    description: {
      fr: "Le cube traditionnel de 300 g, cuit au chaudron à Marseille avec 72 % d’huile d’olive, sans parfum ni colorant. Pour la toilette comme pour le linge délicat. Laissez-le sécher entre deux utilisations : il durera bien plus longtemps.",
      en: "The traditional 300 g cube, kettle-boiled in Marseille with 72% olive oil and no added fragrance or colouring. For hands and face as well as delicate laundry. Let it dry between uses and it will last much longer.",
    },
    priceCents: 590,
    vatRateBp: 2000,
    stock: 60,
    featured: true,
    createdAt: "2025-01-17T09:00:00.000Z",
    images: [
      {
        file: "savon-marseille-huile-olive-1.webp",
        alt: {
          fr: "Cube de savon de Marseille vert olive sur un porte-savon",
          en: "Olive green Marseille soap cube on a soap dish",
        },
      },
      {
        file: "savon-marseille-huile-olive-2.webp",
        alt: {
          fr: "Gros plan sur les faces estampées du cube de savon",
          en: "Close-up of the stamped sides of the soap cube",
        },
      },
    ],
  },
  {
    slug: "savon-lait-anesse",
    category: "beaute",
    name: { fr: "Savon surgras au lait d’ânesse", en: "Rich donkey milk soap" },
    description: {
      fr: "Savon saponifié à froid avec 20 % de lait d’ânesse frais, venu d’un élevage de l’Ardèche, pour les peaux sèches et sensibles. Légèrement parfumé à la fleur d’oranger. Pain de 100 g.",
      en: "Cold-process soap made with 20% fresh donkey milk from a farm in the Ardèche, for dry and sensitive skin. Lightly scented with orange blossom. 100 g bar.",
    },
    priceCents: 690,
    vatRateBp: 2000,
    stock: 33,
    createdAt: "2026-04-21T09:00:00.000Z",
    images: [
      {
        file: "savon-lait-anesse-1.webp",
        alt: {
          fr: "Pain de savon ovale couleur crème sur un porte-savon",
          en: "Oval cream-coloured soap bar on a soap dish",
        },
      },
    ],
  },
  {
    slug: "huile-seche-immortelle",
    category: "beaute",
    name: { fr: "Huile sèche à l’immortelle", en: "Everlasting flower dry oil" },
    description: {
      fr: "Une huile légère pour le corps et les cheveux, à base d’huile de noisette et d’immortelle de Corse. Elle pénètre en quelques secondes sans laisser de film gras. Flacon en verre de 100 ml avec pompe.",
      en: "A light oil for body and hair, blending hazelnut oil with Corsican everlasting flower. It sinks in within seconds and leaves no greasy film. 100 ml glass bottle with a pump.",
    },
    priceCents: 2900,
    vatRateBp: 2000,
    stock: 14,
    createdAt: "2026-06-27T09:00:00.000Z",
    images: [
      {
        file: "huile-seche-immortelle-1.webp",
        alt: { fr: "Flacon d’huile sèche dorée avec sa pompe", en: "Bottle of golden dry oil with its pump" },
      },
      {
        file: "huile-seche-immortelle-2.webp",
        alt: { fr: "Gros plan sur la pompe noire du flacon", en: "Close-up of the bottle’s black pump" },
      },
    ],
  },
  {
    slug: "baume-levres-cire-abeille",
    category: "beaute",
    name: { fr: "Baume à lèvres à la cire d’abeille", en: "Beeswax lip balm" },
    description: {
      fr: "Un baume nourrissant au beurre de karité et à la cire d’abeille d’un rucher du Gers, délicatement parfumé au miel. Boîte en métal de 15 ml qui se glisse dans une poche. Sans huile minérale.",
      en: "A nourishing balm made with shea butter and beeswax from an apiary in the Gers, with a light honey scent. A 15 ml metal tin that slips into any pocket. No mineral oil.",
    },
    priceCents: 650,
    vatRateBp: 2000,
    stock: 45,
    createdAt: "2025-12-19T09:00:00.000Z",
    images: [
      {
        file: "baume-levres-cire-abeille-1.webp",
        alt: {
          fr: "Petite boîte ronde de baume à lèvres et son couvercle",
          en: "Small round tin of lip balm and its lid",
        },
      },
    ],
  },
  {
    slug: "eau-de-cologne-verveine",
    category: "beaute",
    name: { fr: "Eau de Cologne à la verveine", en: "Verbena eau de Cologne" },
    description: {
      fr: "Une eau fraîche et citronnée, composée à Grasse autour de la verveine et du petit-grain. Flacon de 100 ml en verre épais. À vaporiser généreusement, de la tête aux pieds, après la douche.",
      en: "A fresh, lemony cologne composed in Grasse around verbena and petitgrain. 100 ml bottle in thick glass. Spray on generously, head to toe, after a shower.",
    },
    priceCents: 3400,
    vatRateBp: 2000,
    stock: 9,
    createdAt: "2026-08-04T09:00:00.000Z",
    images: [
      {
        file: "eau-de-cologne-verveine-1.webp",
        alt: {
          fr: "Flacon d’eau de Cologne vert tendre au bouchon doré",
          en: "Pale green cologne bottle with a gold cap",
        },
      },
      {
        file: "eau-de-cologne-verveine-2.webp",
        alt: {
          fr: "Gros plan sur le brin de verveine posé contre le flacon",
          en: "Close-up of the verbena sprig beside the bottle",
        },
      },
    ],
  },

  // ───────────────────────────── Papeterie ─────────────────────────────
  {
    slug: "carnet-cousu-main-a5",
    category: "papeterie",
    name: { fr: "Carnet A5 cousu main, papier recyclé", en: "Hand-stitched A5 notebook, recycled paper" },
    description: {
      fr: "Carnet de 96 pages en papier recyclé de 120 g, relié à la main à la japonaise dans un atelier d’Angoulême. Couverture en carton épais et pages à points. Il s’ouvre bien à plat, pour écrire comme pour dessiner.",
      en: "A 96-page notebook of 120 gsm recycled paper, hand-bound with Japanese stitching in an Angoulême workshop. Thick board cover and dot-grid pages. It opens flat, for writing or sketching.",
    },
    priceCents: 1490,
    vatRateBp: 2000,
    stock: 42,
    featured: true,
    createdAt: "2025-06-24T09:00:00.000Z",
    images: [
      {
        file: "carnet-cousu-main-a5-1.webp",
        alt: { fr: "Carnet à couverture vert sauge, fermé", en: "Sage green notebook, closed" },
      },
      {
        file: "carnet-cousu-main-a5-2.webp",
        alt: { fr: "Carnet vert sauge posé de biais", en: "Sage green notebook set at an angle" },
      },
      {
        file: "carnet-cousu-main-a5-3.webp",
        alt: { fr: "Gros plan sur la reliure cousue au fil", en: "Close-up of the thread-stitched binding" },
      },
    ],
  },
  {
    slug: "crayons-graphite-boite-12",
    category: "papeterie",
    name: { fr: "Boîte de 12 crayons graphite", en: "Box of 12 graphite pencils" },
    description: {
      fr: "Des crayons en bois de cèdre, avec des mines de HB à 4B, fabriqués dans le Jura. Aussi agréables pour l’esquisse que pour l’écriture. Livrés dans une boîte en métal réutilisable.",
      en: "Cedar wood pencils with leads from HB to 4B, made in the Jura. Just as pleasant for sketching as for writing. Supplied in a reusable metal tin.",
    },
    priceCents: 1290,
    vatRateBp: 2000,
    stock: 0,
    createdAt: "2025-04-15T09:00:00.000Z",
    images: [
      {
        file: "crayons-graphite-boite-12-1.webp",
        alt: { fr: "Crayons à papier taillés, alignés côte à côte", en: "Sharpened pencils lined up side by side" },
      },
    ],
  },
  {
    slug: "agenda-semainier-2027",
    category: "papeterie",
    name: { fr: "Agenda semainier 2027", en: "2027 weekly planner" },
    description: {
      fr: "Une semaine sur deux pages, de janvier à décembre 2027, avec un planning annuel et des pages de notes. Couverture rigide en toile de lin ; imprimé à Nantes sur papier certifié FSC. Format 15 × 21 cm.",
      en: "A week to view across two pages, from January to December 2027, with a year planner and notes pages. Hardback linen cover; printed in Nantes on FSC-certified paper. 15 × 21 cm.",
    },
    priceCents: 2400,
    vatRateBp: 2000,
    stock: 30,
    createdAt: "2026-09-18T09:00:00.000Z",
    images: [
      {
        file: "agenda-semainier-2027-1.webp",
        alt: { fr: "Agenda à couverture en toile bleu marine", en: "Planner with a navy cloth cover" },
      },
      {
        file: "agenda-semainier-2027-2.webp",
        alt: {
          fr: "Agenda bleu marine posé de biais, avec son signet",
          en: "Navy planner set at an angle, with its ribbon marker",
        },
      },
    ],
  },
  {
    slug: "cartes-aquarelle-bretagne",
    category: "papeterie",
    name: { fr: "Lot de 8 cartes aquarelle « Bretagne »", en: "Set of 8 Brittany watercolour cards" },
    description: {
      fr: "Huit cartes doubles reproduisant des aquarelles de phares et de ports bretons, avec leurs enveloppes kraft. Imprimées à Rennes sur papier texturé. Format 10,5 × 15 cm, intérieur vierge.",
      en: "Eight folded cards reproducing watercolours of Breton lighthouses and harbours, with kraft envelopes. Printed in Rennes on textured paper. 10.5 × 15 cm, blank inside.",
    },
    priceCents: 1600,
    vatRateBp: 2000,
    stock: 26,
    createdAt: "2026-11-12T09:00:00.000Z",
    images: [
      {
        file: "cartes-aquarelle-bretagne-1.webp",
        alt: {
          fr: "Cartes illustrées d’un phare, en éventail sur une enveloppe kraft",
          en: "Cards showing a lighthouse, fanned out on a kraft envelope",
        },
      },
    ],
  },
];
