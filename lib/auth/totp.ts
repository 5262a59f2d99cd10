// The cryptography of the admins' second factor, as plain functions (the database flows are in
// ./second-factor.ts):
// - TOTP codes (RFC 6238) with SHA-1, 30-second steps and 6 digits: what every authenticator app accepts;
//   the HOTP computation is @oslojs/otp's, the step is computed here from the clock we are given;
// - the TOTP key sealed with AES-256-GCM under a key derived (HKDF-SHA-256) from COOKIE_SECRET, bound to the
//   admin's id so that a sealed key copied to another row does not open;
// - recovery codes: random, shown once, stored as an HMAC-SHA-256 under another key derived from COOKIE_SECRET.
// Changing COOKIE_SECRET therefore invalidates every enrolment: admins enrol again (README).
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from "node:crypto";
import { createTOTPKeyURI, generateHOTP } from "@oslojs/otp";
import QRCode from "qrcode";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** 160 bits: the key length RFC 4226 recommends for HMAC-SHA-1. */
const TOTP_KEY_BYTES = 20;
const ISSUER = "PluSuite";

export const RECOVERY_CODE_COUNT = 10;
/** No 0/O nor 1/I: codes are read from paper. 32 symbols, 10 of them = 50 random bits per code. */
const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const RECOVERY_CODE_LENGTH = 10;

const SEALED_VERSION = "v1";

function derivedKey(serverSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "plusuite", `plusuite:admin-second-factor:${purpose}`, 32));
}

export function newTotpKey(): Uint8Array {
  return new Uint8Array(randomBytes(TOTP_KEY_BYTES));
}

/** The 30-second step of a moment (RFC 6238's T). */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

export function totpCode(key: Uint8Array, step: number): string {
  return generateHOTP(key, BigInt(step), TOTP_DIGITS);
}

/**
 * The step a code belongs to, among the current one and its two neighbours (a phone's clock drifts, a person
 * types slowly), or null. The caller refuses a step already used (replay).
 */
export function matchingStep(key: Uint8Array, code: string, now: Date): number | null {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return null;
  const current = totpStep(now);
  let found: number | null = null;
  // Every candidate is compared, in constant time, whatever matched first.
  for (const step of [current - 1, current, current + 1]) {
    if (timingSafeEqual(Buffer.from(totpCode(key, step)), Buffer.from(code)) && found === null) found = step;
  }
  return found;
}

/** The otpauth:// URI an authenticator app reads from the QR code, and the key as base32 text to type instead. */
export function enrolmentUri(key: Uint8Array, accountName: string): { uri: string; secretText: string } {
  const uri = createTOTPKeyURI(ISSUER, accountName, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
  const secret = new URL(uri).searchParams.get("secret") ?? "";
  // Groups of 4 are easier to type; authenticator apps ignore the spaces.
  return { uri, secretText: secret.replace(/(.{4})(?=.)/g, "$1 ") };
}

/** The QR code of the URI as an SVG data URL (the admin pages' CSP allows data: images). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

export function sealTotpKey(key: Uint8Array, userId: string, serverSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(serverSecret, "totp-key"), iv);
  cipher.setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  return `${SEALED_VERSION}.${Buffer.concat([iv, sealed]).toString("base64url")}`;
}

/** Throws when the sealed key was altered, belongs to another admin or was sealed under another secret. */
export function openTotpKey(sealed: string, userId: string, serverSecret: string): Uint8Array {
  const [version, payload] = sealed.split(".");
  if (version !== SEALED_VERSION || !payload) throw new Error("unknown sealed TOTP key format");
  const bytes = Buffer.from(payload, "base64url");
  const iv = bytes.subarray(0, 12);
  const tag = bytes.subarray(bytes.length - 16);
  const decipher = createDecipheriv("aes-256-gcm", derivedKey(serverSecret, "totp-key"), iv);
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(tag);
  return new Uint8Array(Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]));
}

/** Ten fresh codes, formatted "ABCDE-FGHJK". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const symbols = Array.from(
      { length: RECOVERY_CODE_LENGTH },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    ).join("");
    return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
  });
}

/** What was typed, without spaces or dashes and in capitals: the form a recovery code is hashed in. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.replace(/[\s-]/g, "").toUpperCase();
}

export function isRecoveryCodeShape(normalized: string): boolean {
  return normalized.length === RECOVERY_CODE_LENGTH && [...normalized].every((c) => RECOVERY_ALPHABET.includes(c));
}

export function hashRecoveryCode(normalized: string, serverSecret: string): string {
  return createHmac("sha256", derivedKey(serverSecret, "recovery-code")).update(normalized).digest("base64url");
}
