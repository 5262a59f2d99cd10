import { useTranslations } from "next-intl";

export const LOW_STOCK = 5;

export function StockStatus({ stock }: { stock: number }) {
  const t = useTranslations("Product");
  if (stock <= 0)
    return (
      <span className="text-sm font-medium text-terracotta" data-testid="stock-status">
        {t("outOfStock")}
      </span>
    );
  return (
    <span className="text-sm font-medium text-sage" data-testid="stock-status">
      {stock <= LOW_STOCK ? t("lowStock", { count: stock }) : t("inStock")}
    </span>
  );
}
