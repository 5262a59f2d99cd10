import type { ButtonHTMLAttributes } from "react";

// The shop's button looks, drawn by the component classes of app/globals.css (btn, btn-primary, btn-lg…): a page
// writes a button's classes twice (its HTML and React's payload), and 20 characters are cheaper than 80. Padding and
// text size live in the size classes only, so a caller's className (width, margins, flex) never fights them.
const VARIANTS = {
  /** the one main action of a form or page */
  primary: "btn-primary",
  /** a second action beside the main one, or a row action */
  secondary: "btn-secondary",
  /** remove, delete, clear: undoable only by adding again */
  danger: "btn-danger",
  /** the one irreversible or warning action of a page (delete my account, accept the cart's changes) */
  dangerSolid: "btn-danger-solid",
} as const;

const SIZES = {
  /** row actions in lists */
  sm: "btn-sm",
  /** actions beside other content (filters, list headers, links to a form) */
  md: "btn-md",
  /** form submits */
  lg: "btn-lg",
} as const;

export type ButtonLook = { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES };

/** The classes of a button look, for links that lead to a form or a page and look like buttons. */
export function buttonClass({ variant = "primary", size = "lg" }: ButtonLook = {}, className = ""): string {
  return `btn ${VARIANTS[variant]} ${SIZES[size]} ${className}`.trim();
}

type ButtonProps = ButtonLook &
  ButtonHTMLAttributes<HTMLButtonElement> & {
    /** always explicit: a button in a form submits it by default, which is rarely what a "button" means */
    type: "button" | "submit" | "reset";
    /** layout only (width, margins, flex): the look comes from variant and size */
    className?: string;
  };

export function Button({ variant, size, className, type, ...props }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...props} />;
}
