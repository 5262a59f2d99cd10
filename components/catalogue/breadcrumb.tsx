import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export type Crumb = { label: string; href?: string };

/** One line on phones: the current page's name is cut with an ellipsis, a long path scrolls sideways. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = useTranslations("Product");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm text-muted">
      <ol className="flex items-center gap-1.5 overflow-x-auto whitespace-nowrap sm:flex-wrap sm:overflow-visible sm:whitespace-normal">
        <li className="shrink-0">
          <Link href="/" className="underline-offset-4 hover:text-ink hover:underline">
            {t("home")}
          </Link>
        </li>
        {items.map((item) => (
          <li key={item.label} className={`flex items-center gap-1.5 ${item.href ? "shrink-0" : "min-w-16"}`}>
            <span aria-hidden="true">/</span>
            {item.href ? (
              <Link href={item.href} className="underline-offset-4 hover:text-ink hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="truncate text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
