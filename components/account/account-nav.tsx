"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export type AccountNavItem = { href: string; label: string };

/** The sections of "Mon compte"; the current one is marked for screen readers (aria-current). */
export function AccountNav({ items, label }: { items: AccountNavItem[]; label: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/account" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto text-sm md:flex-col md:overflow-visible">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
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
