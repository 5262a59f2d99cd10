import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/current-user";

// The back office: anyone but an admin gets the ordinary 404 page, with no hint that it exists. Every
// admin page, server action and route handler checks requireAdmin() again, and every lib/admin data
// function its viewer: a layout guards neither actions nor the pages Next renders beside it
// (tests/unit/admin-structure.test.ts).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>;
}
