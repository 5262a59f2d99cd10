import type { SeedCategory } from "./types";

// Parents are listed before their children; `position` is the order within the parent.
export const categories: SeedCategory[] = [
  {
    slug: "vetements",
    name: { fr: "Vêtements", en: "Clothing" },
    description: {
      fr: "Des basiques bien coupés et durables, tricotés et confectionnés dans des ateliers français.",
      en: "Well-cut, long-lasting essentials, knitted and sewn in French workshops.",
    },
    position: 0,
  },
  {
    slug: "chaussures",
    name: { fr: "Chaussures", en: "Shoes" },
    description: {
      fr: "Espadrilles, baskets et chaussons fabriqués dans le Pays basque et en Occitanie. Des matières naturelles, des semelles qu’on peut faire ressemeler.",
      en: "Espadrilles, trainers and slippers made in the Basque Country and Occitanie. Natural materials and soles that can be repaired.",
    },
    position: 1,
  },
  {
    slug: "maison",
    name: { fr: "Maison", en: "Home" },
    description: {
      fr: "Tout pour une maison chaleureuse : linge en lin lavé, céramique et petits objets choisis avec soin.",
      en: "Everything for a welcoming home: washed linen, ceramics and carefully chosen small pieces.",
    },
    position: 2,
  },
  {
    slug: "cuisine",
    name: { fr: "Cuisine", en: "Kitchen" },
    description: {
      fr: "Grès émaillé, fonte et bois d’olivier : des ustensiles robustes pour cuisiner et recevoir au quotidien.",
      en: "Glazed stoneware, cast iron and olive wood: sturdy tools for everyday cooking and entertaining.",
    },
    position: 3,
  },
  {
    slug: "epicerie-fine",
    name: { fr: "Épicerie fine", en: "Fine food" },
    description: {
      fr: "Confitures, miels, huiles et biscuits de petits producteurs, sélectionnés région par région.",
      en: "Jams, honeys, oils and biscuits from small producers, picked region by region.",
    },
    position: 4,
  },
  {
    slug: "beaute",
    name: { fr: "Beauté", en: "Beauty" },
    description: {
      fr: "Savons saponifiés à froid, huiles et soins simples aux ingrédients d’origine naturelle. Formulés et fabriqués en Provence.",
      en: "Cold-process soaps, oils and simple skincare made with naturally derived ingredients. Formulated and made in Provence.",
    },
    position: 5,
  },
  {
    slug: "papeterie",
    name: { fr: "Papeterie", en: "Stationery" },
    description: {
      fr: "Carnets cousus main, papier recyclé et crayons pour écrire, dessiner et s’organiser.",
      en: "Hand-stitched notebooks, recycled paper and pencils for writing, sketching and getting organised.",
    },
    position: 6,
  },
  // Children of "vetements"
  {
    slug: "vetements-femme",
    parent: "vetements",
    name: { fr: "Femme", en: "Women" },
    description: {
      fr: "Marinières, pulls et robes pour femme, en coton bio, laine et lin.",
      en: "Breton tops, jumpers and dresses for women, in organic cotton, wool and linen.",
    },
    position: 0,
  },
  {
    slug: "vetements-homme",
    parent: "vetements",
    name: { fr: "Homme", en: "Men" },
    description: {
      fr: "Chemises, vestes de travail et tricots pour homme, pensés pour durer.",
      en: "Shirts, work jackets and knitwear for men, designed to last.",
    },
    position: 1,
  },
  // Children of "maison"
  {
    slug: "linge-de-maison",
    parent: "maison",
    name: { fr: "Linge de maison", en: "Bed & bath linen" },
    description: {
      fr: "Draps en lin lavé, serviettes en nid d’abeille et plaids tissés en France. Plus doux à chaque lavage.",
      en: "Washed linen sheets, waffle towels and throws woven in France. Softer with every wash.",
    },
    position: 0,
  },
  {
    slug: "decoration",
    parent: "maison",
    name: { fr: "Décoration", en: "Decor" },
    description: {
      fr: "Bougies, vases et paniers faits à la main pour donner du caractère à chaque pièce.",
      en: "Handmade candles, vases and baskets to give every room a bit of character.",
    },
    position: 1,
  },
];
