// Uploaded photos are recognised from their bytes, never from their name, and their size in pixels is read from
// the header of the format (lib/admin/catalogue/image-sniff.ts): no decoder, no network.
import { describe, expect, test } from "vitest";
import { extensionMatches, extensionOf, sniffImage } from "@/lib/admin/catalogue/image-sniff";
import { jpeg, png } from "../helpers/image-bytes";

function riff(fourCc: string, payload: number[]): Buffer {
  const data = Buffer.from(payload);
  const head = Buffer.alloc(20);
  head.write("RIFF", 0, "ascii");
  head.writeUInt32LE(12 + data.length, 4);
  head.write("WEBP", 8, "ascii");
  head.write(fourCc, 12, "ascii");
  head.writeUInt32LE(data.length, 16);
  return Buffer.concat([head, data, Buffer.alloc(16)]);
}

describe("image sniffing (uploads in the back office)", () => {
  test("a PNG is recognised with its width and height", () => {
    expect(sniffImage(png(3, 2))).toEqual({ kind: "png", mime: "image/png", width: 3, height: 2 });
  });

  test("a JPEG is recognised from its start-of-frame, baseline or progressive, after other segments", () => {
    expect(sniffImage(jpeg(640, 480))).toEqual({ kind: "jpeg", mime: "image/jpeg", width: 640, height: 480 });
    expect(sniffImage(jpeg(1200, 800, 0xc2))).toMatchObject({ kind: "jpeg", width: 1200, height: 800 });
  });

  test("a JPEG that ends before any frame is not an image", () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });

  test("WebP: lossy (VP8), lossless (VP8L) and extended (VP8X) headers give their size", () => {
    // VP8: frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height, little-endian.
    const lossy = riff("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02]);
    expect(sniffImage(lossy)).toEqual({ kind: "webp", mime: "image/webp", width: 800, height: 600 });
    // VP8L: signature 0x2f, then width-1 and height-1 on 14 bits each: 100 x 50.
    const w = 99;
    const h = 49;
    const bits = w | (h << 14);
    const lossless = riff("VP8L", [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >> 24) & 0xff]);
    expect(sniffImage(lossless)).toMatchObject({ kind: "webp", width: 100, height: 50 });
    // VP8X: flags and reserved (4 bytes), then canvas width-1 and height-1 on 24 bits: 2000 x 1500.
    const extended = riff("VP8X", [0, 0, 0, 0, 0xcf, 0x07, 0x00, 0xdb, 0x05, 0x00]);
    expect(sniffImage(extended)).toMatchObject({ kind: "webp", width: 2000, height: 1500 });
  });

  test("text, a PDF, an SVG, a GIF, an empty or truncated file are not images we accept", () => {
    for (const text of [
      "hello",
      "%PDF-1.7\n",
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      "GIF89a\u0001\u0000\u0001\u0000",
    ]) {
      expect(sniffImage(Buffer.from(text.padEnd(40, " ")))).toBeNull();
    }
    expect(sniffImage(new Uint8Array())).toBeNull();
    expect(sniffImage(png(3, 2).subarray(0, 20))).toBeNull();
  });

  test("a header announcing an absurd size (a decompression bomb) is refused", () => {
    expect(sniffImage(png(30_000, 10))).toBeNull();
    expect(sniffImage(jpeg(0, 10))).toBeNull();
  });

  test("two sides within the limit but too many pixels together are refused (Next's optimizer would not decode it)", () => {
    // 20 000 × 20 000: 400 million pixels, each side allowed. Only the header is read: no pixels needed.
    expect(sniffImage(jpeg(20_000, 20_000))).toBeNull();
    expect(sniffImage(jpeg(10_000, 6_000))).toBeNull();
    // A large but real photo size still passes: 8 000 × 6 000 (48 megapixels).
    expect(sniffImage(jpeg(8_000, 6_000))).toMatchObject({ width: 8_000, height: 6_000 });
  });

  test("the extension must be one of the sniffed type's: a JPEG named .png is refused", () => {
    expect(extensionOf("Photo.JPG")).toBe("jpg");
    expect(extensionOf("archive.tar.gz")).toBe("gz");
    expect(extensionOf("sans-extension")).toBe("");
    expect(extensionMatches("photo.jpeg", "jpeg")).toBe(true);
    expect(extensionMatches("photo.JPG", "jpeg")).toBe(true);
    expect(extensionMatches("photo.png", "jpeg")).toBe(false);
    expect(extensionMatches("photo.webp", "png")).toBe(false);
    expect(extensionMatches("photo", "png")).toBe(false);
  });
});
