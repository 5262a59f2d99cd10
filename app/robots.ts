import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  const { SITE_URL } = getEnv();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/search"] },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}
