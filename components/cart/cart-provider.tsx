"use client";

// The visitor's cart on the client: loaded after the (static) page, changed through server actions with
// optimistic updates, announced to screen readers through one live region.
import { useLocale, useTranslations } from "next-intl";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useOptimistic,
  useState,
  useTransition,
  type ReactNode,
} from "react";
import {
  acceptCartChangesAction,
  addToCartAction,
  removeCartLineAction,
  updateCartLineAction,
} from "@/app/[locale]/(shop)/cart/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ActionState } from "@/lib/actions/state";
import type { CartView } from "@/lib/cart/cart";
import type { Locale } from "@/lib/i18n/routing";

type Change = { lineId: string; quantity: number };
/** What every cart action answers: the cart as it now is, or a refusal (which carries no cart). */
type CartAnswer = ActionState<string, CartView>;

type CartContextValue = {
  cart: CartView | null;
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

  useEffect(() => {
    let cancelled = false;
    fetchCart(locale).then((loaded) => {
      if (!cancelled && loaded) setCart(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [locale]);

  // A refusal says why (on the input it concerns, or as a whole) and the cart is read again, so that what is
  // shown is what the server holds (a line removed in another tab, a price changed meanwhile).
  const settle = useCallback(
    async (answer: CartAnswer) => {
      if (answer.data) {
        setCart(answer.data);
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
    isOpen,
    pending,
    error,
    open: () => setOpen(true),
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
