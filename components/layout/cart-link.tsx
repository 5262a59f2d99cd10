import { Link } from "@/lib/i18n/navigation";

/**
 * The basket entry in the header. The count is per visitor, so it will be a small client component
 * filled by the cart (commerce issue) while the rest of the header stays static.
 */
export function CartLink({ label }: { label: string }) {
  return (
    <Link href="/cart" className="relative inline-flex items-center gap-1.5 font-medium text-ink hover:text-marine" data-testid="cart-link">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9L5 8Z" />
        <path d="M9 8V6a3 3 0 0 1 6 0v2" />
      </svg>
      <span>{label}</span>
    </Link>
  );
}
