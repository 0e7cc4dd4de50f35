import { createHmac } from 'node:crypto';

/** HOTP, RFC 4226: HMAC-SHA1 over the 8-byte counter, dynamic truncation. */
export function hotp(secret: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  return truncate(createHmac('sha1', secret).update(message).digest(), digits);
}

/** TOTP, RFC 6238: HOTP over the number of 30-second steps since the epoch. */
export function totp(secret: Buffer, nowMs: number, digits = 6, stepSeconds = 30): string {
  return hotp(secret, totpStep(nowMs, stepSeconds), digits);
}

export function totpStep(nowMs: number, stepSeconds = 30): number {
  return Math.floor(nowMs / 1000 / stepSeconds);
}

/** A response to a challenge (1-step, 2-step, Secure Channel): HMAC-SHA1 over its text, truncated the same way. */
export function respondTo(secret: Buffer, challenge: string, digits = 8): string {
  return truncate(createHmac('sha1', secret).update(challenge, 'utf8').digest(), digits);
}

function truncate(mac: Buffer, digits: number): string {
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}
