// lib/beacon.ts: beacons wait for the browser to be idle, so that they do not lengthen the page's start (issue 13).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendBeaconWhenIdle } from "@/lib/beacon";

let idle: Array<() => void>;
let beacons: Array<{ url: string; body: Blob }>;
let beaconAccepted: boolean;

beforeEach(() => {
  idle = [];
  beacons = [];
  beaconAccepted = true;
  vi.stubGlobal("window", { requestIdleCallback: (callback: () => void) => idle.push(callback) });
  vi.stubGlobal("navigator", {
    sendBeacon: (url: string, body: Blob) => {
      beacons.push({ url, body });
      return beaconAccepted;
    },
  });
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(null, { status: 204 })),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sendBeaconWhenIdle", () => {
  it("sends nothing while the page is busy, then the payload as JSON once the browser is idle", async () => {
    sendBeaconWhenIdle("/api/product-views", { productId: "p1" });
    expect(beacons).toEqual([]);

    for (const callback of idle) callback();
    expect(beacons.map((beacon) => beacon.url)).toEqual(["/api/product-views"]);
    const body = beacons[0]?.body;
    expect(body?.type).toBe("application/json");
    expect(JSON.parse((await body?.text()) ?? "null")).toEqual({ productId: "p1" });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("posts with fetch when the browser refuses the beacon", () => {
    beaconAccepted = false;
    sendBeaconWhenIdle("/api/audience", { path: "/fr" });
    for (const callback of idle) callback();
    expect(fetch).toHaveBeenCalledWith("/api/audience", expect.objectContaining({ method: "POST", keepalive: true }));
  });
});
