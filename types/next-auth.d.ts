import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    role?: "customer" | "admin";
  }
  interface Session {
    sessionId: string;
    user: { id: string; role: "customer" | "admin" } & DefaultSession["user"];
  }
}
