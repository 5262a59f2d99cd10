import type { ButtonHTMLAttributes } from "react";

// The shop's button looks. Padding and text size live in SIZES only, so a caller's className (width,
// margins, flex) never fights them.
const VARIANTS = {
  /** the one main action of a form or page */
  primary: "bg-marine text-white hover:bg-marine-dark",
  /** a second action beside the main one, or a row action */
  secondary: "border border-marine text-marine hover:bg-sand",
  /** remove, delete, clear: undoable only by adding again */
  danger: "border border-terracotta text-terracotta hover:bg-terracotta/10",
  /** the one irreversible or warning action of a page (delete my account, accept the cart's changes) */
  dangerSolid: "bg-terracotta text-white hover:opacity-90",
} as const;

const SIZES = {
  /** row actions in lists */
  sm: "px-4 py-1.5 text-sm",
  /** actions beside other content (filters, list headers, links to a form) */
  md: "px-5 py-2",
  /** form submits */
  lg: "px-6 py-3",
} as const;

export type ButtonLook = { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES };

/** The classes of a button look, for links that lead to a form or a page and look like buttons. */
export function buttonClass({ variant = "primary", size = "lg" }: ButtonLook = {}, className = ""): string {
  return `rounded-full font-medium disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${className}`.trim();
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
