// The countries we ship to, France first: the order of every country picker (checkout, address book,
// organization sign-up, phone regions).
export const COUNTRIES = ["FR", "BE", "LU", "CH", "DE", "ES", "IT"] as const;
export type Country = (typeof COUNTRIES)[number];
