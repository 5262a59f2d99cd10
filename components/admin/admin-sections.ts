// The sections of the back office, in the order of its menu: the one list to extend when a section is built
// (one line here, its label under AdminShell.sections in messages/fr.json and messages/en.json).
export const ADMIN_SECTIONS = [
  { key: "dashboard", href: "/admin" },
  { key: "legalDisclosures", href: "/admin/legal-disclosures" },
  { key: "audit", href: "/admin/audit" },
] as const;

export type AdminSectionKey = (typeof ADMIN_SECTIONS)[number]["key"];
