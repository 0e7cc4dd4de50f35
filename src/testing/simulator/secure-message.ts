import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** The AES-256 key an authenticator shares with the server for its Secure Channel messages. */
export function messageKey(secret: Buffer): Buffer {
  return createHmac('sha256', secret).update('onespan-simulator secure channel').digest();
}

/** Encrypts for one authenticator: hex of IV (12) | tag (16) | ciphertext, AES-256-GCM. */
export function sealMessage(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('hex').toUpperCase();
}

/** The plaintext, or undefined when the message was not sealed with this key or is damaged. */
export function openMessage(key: Buffer, hex: string): string | undefined {
  if (!/^(?:[0-9A-Fa-f]{2}){29,}$/.test(hex)) return undefined;
  const bytes = Buffer.from(hex, 'hex');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
