// The sections of the back office, in the order of its menu: the one list to extend when a section is built
// (one line here, its label under AdminShell.sections in messages/fr.json and messages/en.json).
export const ADMIN_SECTIONS = [
  { key: "dashboard", href: "/admin" },
  { key: "orders", href: "/admin/orders" },
  { key: "products", href: "/admin/products" },
  { key: "categories", href: "/admin/categories" },
  { key: "customers", href: "/admin/customers" },
  { key: "testimonials", href: "/admin/testimonials" },
  { key: "messages", href: "/admin/messages" },
  { key: "newsletter", href: "/admin/newsletter" },
  { key: "legalDisclosures", href: "/admin/legal-disclosures" },
  { key: "audit", href: "/admin/audit" },
  { key: "policies", href: "/admin/policies" },
  { key: "settings", href: "/admin/settings" },
] as const;

export type AdminSectionKey = (typeof ADMIN_SECTIONS)[number]["key"];
