"use client";

// The visitor's cart on the client. Pages are static and shared, so the header's count comes from a cookie
// the server keeps (lib/cart/count-cookie.ts) and the cart itself is asked for only when it is shown (the
// drawer opens) or handed over by a page or an action. Changed through server actions with optimistic updates,
// announced to screen readers through one live region.
import { useLocale, useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useOptimistic, useState, useTransition, type ReactNode } from "react";
import {
  acceptCartChangesAction,
  addToCartAction,
  removeCartLineAction,
  updateCartLineAction,
} from "@/app/[locale]/(shop)/cart/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { useBrowserValue } from "@/components/ui/use-hydrated";
import type { ActionState } from "@/lib/actions/state";
import type { CartView } from "@/lib/cart/cart";
import { cartCountCookieAssignment, readCartCountCookie } from "@/lib/cart/count-cookie";
import { readDocumentCookie, writeDocumentCookie } from "@/lib/document-cookie";
import type { Locale } from "@/lib/i18n/routing";

type Change = { lineId: string; quantity: number };
/** What every cart action answers: the cart as it now is, or a refusal (which carries no cart). */
type CartAnswer = ActionState<string, CartView>;

type CartContextValue = {
  /** null until the cart was asked for (the drawer opened) or handed over */
  cart: CartView | null;
  /** the number of items, as the cart or else the count cookie says; null before the page is hydrated */
  count: number | null;
  isOpen: boolean;
  pending: boolean;
  error: string | null;
  open(): void;
  close(): void;
  add(item: { productId: string; variantId: string | null; quantity: number; name: string }): Promise<boolean>;
  setQuantity(lineId: string, quantity: number): void;
  remove(lineId: string): void;
  acceptChanges(): void;
  replace(cart: CartView): void;
  /** re-reads the cart from the server (after a checkout emptied it) */
  reload(): Promise<void>;
};

const CartContext = createContext<CartContextValue | null>(null);

export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error("useCart outside CartProvider");
  return value;
}

/** The visitor's cart from the server, or null when it cannot be read (offline: keep what is shown). */
async function fetchCart(locale: Locale): Promise<CartView | null> {
  try {
    const response = await fetch(`/api/cart?locale=${locale}`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as CartView) : null;
  } catch {
    return null;
  }
}

const readStoredCount = () => readCartCountCookie(readDocumentCookie()) ?? 0;

function applyChange(cart: CartView | null, change: Change): CartView | null {
  if (!cart) return cart;
  const lines = cart.lines
    .map((line) => (line.id === change.lineId ? { ...line, quantity: change.quantity } : line))
    .filter((line) => line.quantity > 0);
  return {
    ...cart,
    lines,
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
    subtotalCents: lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0),
  };
}

export function CartProvider({ children }: { children: ReactNode }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("Cart");
  const errorMessage = useErrorMessage();
  const [cart, setCart] = useState<CartView | null>(null);
  const [optimisticCart, addOptimistic] = useOptimistic(cart, applyChange);
  const [isOpen, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();

  const reload = useCallback(async () => {
    const loaded = await fetchCart(locale);
    if (loaded) setCart(loaded);
  }, [locale]);

  // null on the server and while hydrating: the prerendered page cannot know it. The cookie changes only with
  // answers that also hand the cart over, which then give the count.
  const storedCount = useBrowserValue(readStoredCount, null);

  // A refusal says why (on the input it concerns, or as a whole) and the cart is read again, so that what is
  // shown is what the server holds (a line removed in another tab, a price changed meanwhile).
  const settle = useCallback(
    async (answer: CartAnswer) => {
      if (answer.data) {
        setCart(answer.data);
        // The actions set no cookie (lib/cart/count-cookie.ts): the header's count on the next pages comes from here.
        writeDocumentCookie(cartCountCookieAssignment(answer.data.itemCount, location.protocol === "https:"));
        setError(null);
        return true;
      }
      const code = Object.values(answer.fieldErrors ?? {})[0] ?? answer.error;
      setError(errorMessage(code, answer.retryAfterSeconds) ?? null);
      await reload();
      return false;
    },
    [errorMessage, reload],
  );

  const run = useCallback(
    (change: Change | null, action: () => Promise<CartAnswer>) => {
      startTransition(async () => {
        if (change) addOptimistic(change);
        try {
          await settle(await action());
        } catch {
          setError(t("network"));
        }
      });
    },
    [addOptimistic, settle, t],
  );

  const replace = useCallback((next: CartView) => setCart(next), []);

  const value: CartContextValue = {
    cart: optimisticCart,
    count: optimisticCart?.itemCount ?? storedCount,
    isOpen,
    pending,
    error,
    open: () => {
      setOpen(true);
      // Read each time it opens: another tab, or a form posted before the script ran, may have changed it.
      void reload();
    },
    close: () => setOpen(false),
    async add(item) {
      try {
        const ok = await settle(
          await addToCartAction({
            locale,
            productId: item.productId,
            variantId: item.variantId,
            quantity: item.quantity,
          }),
        );
        if (ok) {
          setAnnouncement(t("added", { name: item.name }));
          setOpen(true);
        }
        return ok;
      } catch {
        setError(t("network"));
        return false;
      }
    },
    setQuantity: (lineId, quantity) =>
      run({ lineId, quantity }, () => updateCartLineAction({ locale, lineId, quantity })),
    remove: (lineId) => run({ lineId, quantity: 0 }, () => removeCartLineAction({ locale, lineId })),
    acceptChanges: () => run(null, () => acceptCartChangesAction({ locale })),
    replace,
    reload,
  };

  return (
    <CartContext.Provider value={value}>
      {children}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </CartContext.Provider>
  );
}
