// zod pieces for what a browser posts: form values are strings, and a checkbox is "on" or absent.
import { z } from "zod";

/** A checkbox: "on" when ticked, absent when not; true/false when an action is called from code. */
export const checkbox = z.preprocess((value) => value === "on" || value === true || value === "true", z.boolean());
