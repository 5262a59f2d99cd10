// What an uploaded file really is, read from its first bytes (never from its name or the browser's claim), and
// its pixel size, read from the header of the format: no decoder, no network. JPEG, PNG and WebP only.

export type ImageKind = "jpeg" | "png" | "webp";

export const IMAGE_TYPES: { readonly [Kind in ImageKind]: { mime: string; extensions: readonly string[] } } = {
  jpeg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { mime: "image/png", extensions: ["png"] },
  webp: { mime: "image/webp", extensions: ["webp"] },
};

/** Beyond this a "photo" is a decompression bomb or a broken header. */
export const MAX_IMAGE_SIDE = 20_000;
/**
 * And beyond this many pixels (50 megapixels: far above a 5 MB photo): two sides within the limit may still make
 * 400 million pixels, which Next's image optimizer refuses to decode (above 268 million) and then sends as they
 * are to every shopper's browser.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

export type SniffedImage = { kind: ImageKind; mime: string; width: number; height: number };

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));
const u16be = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32be = (bytes: Uint8Array, at: number) => u16be(bytes, at) * 65_536 + u16be(bytes, at + 2);
const u24le = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);

/** The image's kind and size, or null when the bytes are not a JPEG, PNG or WebP image we can read. */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  const size = readPng(bytes) ?? readJpeg(bytes) ?? readWebp(bytes);
  if (!size) return null;
  const { kind, width, height } = size;
  if (width < 1 || height < 1 || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) return null;
  if (width * height > MAX_IMAGE_PIXELS) return null;
  return { kind, mime: IMAGE_TYPES[kind].mime, width, height };
}

type Size = { kind: ImageKind; width: number; height: number };

function readPng(bytes: Uint8Array): Size | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  // The first chunk is always IHDR: width and height as 32-bit big-endian integers.
  if (ascii(bytes, 12, 4) !== "IHDR") return null;
  return { kind: "png", width: u32be(bytes, 16), height: u32be(bytes, 20) };
}

/** Start-of-frame markers (baseline, progressive, lossless…): they carry the size. C4, C8 and CC do not. */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function readJpeg(bytes: Uint8Array): Size | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM and the restart markers; the end of the image comes before any frame.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    if (isStartOfFrame(marker)) return { kind: "jpeg", height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
    const length = u16be(bytes, at + 2);
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

function readWebp(bytes: Uint8Array): Size | null {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== "RIFF" || ascii(bytes, 8, 4) !== "WEBP") return null;
  switch (ascii(bytes, 12, 4)) {
    case "VP8 ": // lossy: a key frame's start code, then 14-bit width and height
      if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
      return { kind: "webp", width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
    case "VP8L": {
      // lossless: a signature byte, then width-1 and height-1 on 14 bits each
      if (bytes[20] !== 0x2f) return null;
      const [b0, b1, b2, b3] = [bytes[21]!, bytes[22]!, bytes[23]!, bytes[24]!];
      return {
        kind: "webp",
        width: 1 + (b0 | ((b1 & 0x3f) << 8)),
        height: 1 + ((b1 >> 6) | (b2 << 2) | ((b3 & 0x0f) << 10)),
      };
    }
    case "VP8X": // extended: canvas width-1 and height-1 on 24 bits each
      return { kind: "webp", width: 1 + u24le(bytes, 24), height: 1 + u24le(bytes, 27) };
    default:
      return null;
  }
}

const u16le = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);

/** The extension of a file name, lower case ("Photo.JPG" → "jpg"); "" when it has none. */
export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : "";
}

/** Whether the name's extension is one of the sniffed kind's: a ".png" holding a JPEG is refused. */
export function extensionMatches(fileName: string, kind: ImageKind): boolean {
  return IMAGE_TYPES[kind].extensions.includes(extensionOf(fileName));
}
