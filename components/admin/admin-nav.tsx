"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export type AdminNavItem = { href: string; label: string };

/**
 * The back office's menu: a row that wraps on a tablet, a column beside the page on a laptop. The current
 * section is marked for screen readers (aria-current) and by its look; the dashboard only on its own address.
 */
export function AdminNav({ items, label }: { items: AdminNavItem[]; label: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 text-sm lg:flex-col">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(item.href) ? "page" : undefined}
              className="block rounded-md px-3 py-2 text-ink hover:bg-sand aria-[current=page]:bg-marine aria-[current=page]:font-medium aria-[current=page]:text-white"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
