/**
 * Secrets at rest and signed links. Keys are derived from APP_SECRET with HKDF-SHA256, one key per use, so that
 * the signing key never encrypts and the encryption key never signs. APP_SECRET_PREVIOUS still verifies and
 * decrypts during a rotation; everything new is signed and encrypted with the current secret.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const SIGN_INFO = 'runcoach/strava/sign/v1';
const ENC_INFO = 'runcoach/strava/tokens/v1';
const SALT = 'runcoach';

function derive(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, info, 32));
}

/** The current secret first, then the previous one (rotation). */
export class Keyring {
  private readonly sign: Buffer[];
  private readonly enc: Buffer[];

  constructor(current: string, previous?: string) {
    const secrets = [current, ...(previous && previous !== current ? [previous] : [])];
    this.sign = secrets.map((s) => derive(s, SIGN_INFO));
    this.enc = secrets.map((s) => derive(s, ENC_INFO));
  }

  /** `payload.signature`, both base64url; the payload is any JSON value. */
  signJson(value: unknown): string {
    const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${payload}.${this.mac(this.sign[0] as Buffer, payload)}`;
  }

  /** The JSON payload when the signature matches the current or the previous secret, else null. */
  verifyJson(token: string): unknown {
    if (token.length > 2048) return null;
    const dot = token.indexOf('.');
    if (dot <= 0 || dot !== token.lastIndexOf('.')) return null;
    const payload = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1), 'base64url');
    const valid = this.sign.some((key) => {
      const expected = Buffer.from(this.mac(key, payload), 'base64url');
      return expected.length === given.length && timingSafeEqual(expected, given);
    });
    if (!valid) return null;
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
  }

  /** AES-256-GCM: `v1:iv:tag:ciphertext` (base64url). `context` is bound as associated data. */
  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.enc[0] as Buffer, iv);
    cipher.setAAD(Buffer.from(context));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', iv.toString('base64url'), tag.toString('base64url'), ct.toString('base64url')].join(':');
  }

  /**
   * Decrypts with the current key, then the previous one. `stale` says the previous key was needed, so the
   * caller re-encrypts with the current one. Throws when no key opens it (tampered, or a secret was lost).
   */
  decrypt(value: string, context: string): { plaintext: string; stale: boolean } {
    const [version, iv, tag, ct] = value.split(':');
    if (version !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown token encryption format');
    for (let i = 0; i < this.enc.length; i++) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', this.enc[i] as Buffer, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(context));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const plaintext = Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
        return { plaintext, stale: i > 0 };
      } catch {
        // try the next key
      }
    }
    throw new Error('stored Strava token cannot be decrypted with APP_SECRET or APP_SECRET_PREVIOUS');
  }

  private mac(key: Buffer, payload: string): string {
    return createHmac('sha256', key).update(payload).digest('base64url');
  }
}

/** Constant-time string comparison (the webhook verify token). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function nonce(): string {
  return randomBytes(16).toString('base64url');
}
