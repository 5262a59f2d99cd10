// The drawing of each kind of product, by family; `kind` in ../looks.mjs and ../scenes.mjs names one of them.
// Every shape is drawn around (0, 0) and fits roughly in a 560 × 520 box. `o` holds the look:
// o.c (main colour), o.c2 (second colour), o.i (image index, 1-based) and kind-specific options.

import { clothingShapes } from "./clothing.mjs";
import { shoeShapes } from "./shoes.mjs";
import { homeShapes } from "./home.mjs";
import { kitchenShapes } from "./kitchen.mjs";
import { foodShapes } from "./food.mjs";
import { beautyShapes } from "./beauty.mjs";
import { stationeryShapes } from "./stationery.mjs";

export const shapes = {
  ...clothingShapes,
  ...shoeShapes,
  ...homeShapes,
  ...kitchenShapes,
  ...foodShapes,
  ...beautyShapes,
  ...stationeryShapes,
};
