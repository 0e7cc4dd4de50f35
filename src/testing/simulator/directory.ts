import { randomBytes } from 'node:crypto';
import { hotp, respondTo, totp, totpStep } from './oath.js';
import { messageKey } from './secure-message.js';
import type { SimulatedUser, UserState } from './simulator-types.js';

const HOTP_LOOK_AHEAD = 10;
const HOTP_REPLAY_MEMORY = 50;

export interface AuthenticatorRecord {
  /** Serial and sequence: `VDS0000001-1`. */
  readonly serial: string;
  readonly secret: Buffer;
  readonly key: Buffer;
  readonly kind: 'hotp' | 'totp';
  readonly push: boolean;
  readonly owner: UserRecord;
  /** HOTP: the last counter accepted; TOTP: the last step accepted. */
  lastUsed: number;
  /** HOTP: the last counter handed out by `otp()`. */
  lastIssued: number;
}

export interface UserRecord {
  readonly userId: string;
  readonly domain: string;
  staticPassword: string | undefined;
  backendPassword: string | undefined;
  readonly serverPin: string;
  readonly authenticators: AuthenticatorRecord[];
  errorCount: number;
  locked: boolean;
}

export type OtpCheck = 'valid' | 'replayed' | 'wrong';

/** Users and authenticators of the simulated server, with their counters. */
export class Directory {
  private readonly users = new Map<string, UserRecord>();
  private readonly authenticators = new Map<string, AuthenticatorRecord>();

  constructor(private readonly clock: () => number) {}

  addUser(user: SimulatedUser): void {
    if (typeof user?.userId !== 'string' || user.userId === '') throw new TypeError('a simulated user needs a userId');
    const domain = user.domain ?? 'master';
    const key = userKey(user.userId, domain);
    if (this.users.has(key)) throw new Error(`user ${user.userId} in domain ${domain} already exists`);
    const record: UserRecord = {
      userId: user.userId,
      domain,
      staticPassword: user.staticPassword,
      backendPassword: user.backendPassword,
      serverPin: user.serverPin ?? '',
      authenticators: [],
      errorCount: 0,
      locked: false,
    };
    for (const given of user.authenticators ?? []) {
      const serial = instanceSerial(given.serialNumber);
      if (this.authenticators.has(baseSerial(serial))) throw new Error(`authenticator ${given.serialNumber} is already assigned`);
      const secret = given.secret ? Buffer.from(given.secret, 'hex') : randomBytes(20);
      const authenticator: AuthenticatorRecord = { serial, secret, key: messageKey(secret), kind: given.kind ?? 'hotp', push: given.push ?? false, owner: record, lastUsed: given.kind === 'totp' ? -1 : 0, lastIssued: 0 };
      record.authenticators.push(authenticator);
      this.authenticators.set(baseSerial(serial), authenticator);
    }
    this.users.set(key, record);
  }

  /** A user by ID (case-insensitive, as OAS user IDs are) in a domain, or in any domain when none is given. */
  findUser(userId: string, domain: string | undefined): UserRecord | undefined {
    if (domain !== undefined) return this.users.get(userKey(userId, domain));
    return [...this.users.values()].find((user) => user.userId.toLowerCase() === userId.toLowerCase());
  }

  requireUser(userId: string, domain?: string): UserRecord {
    const user = this.findUser(userId, domain);
    if (user === undefined) throw new Error(`no simulated user ${userId}`);
    return user;
  }

  /** An authenticator by serial, with or without sequence. */
  findAuthenticator(serial: string): AuthenticatorRecord | undefined {
    return this.authenticators.get(baseSerial(serial));
  }

  requireAuthenticator(serial: string): AuthenticatorRecord {
    const authenticator = this.findAuthenticator(serial);
    if (authenticator === undefined) throw new Error(`no simulated authenticator ${serial}`);
    return authenticator;
  }

  /** The next one-time password, as the device would show it. */
  nextOtp(authenticator: AuthenticatorRecord): string {
    if (authenticator.kind === 'totp') return totp(authenticator.secret, this.clock());
    authenticator.lastIssued = Math.max(authenticator.lastIssued, authenticator.lastUsed) + 1;
    return hotp(authenticator.secret, authenticator.lastIssued);
  }

  /** Checks an OTP, moving the counter on a valid one; a code already used is a replay. */
  checkOtp(authenticator: AuthenticatorRecord, code: string): OtpCheck {
    if (authenticator.kind === 'totp') {
      const now = totpStep(this.clock());
      for (const step of [now - 1, now, now + 1]) {
        if (hotp(authenticator.secret, step) !== code) continue;
        if (step <= authenticator.lastUsed) return 'replayed';
        authenticator.lastUsed = step;
        return 'valid';
      }
      return 'wrong';
    }
    for (let counter = authenticator.lastUsed + 1; counter <= authenticator.lastUsed + HOTP_LOOK_AHEAD; counter += 1) {
      if (hotp(authenticator.secret, counter) === code) {
        authenticator.lastUsed = counter;
        return 'valid';
      }
    }
    for (let counter = authenticator.lastUsed; counter > Math.max(0, authenticator.lastUsed - HOTP_REPLAY_MEMORY); counter -= 1) {
      if (hotp(authenticator.secret, counter) === code) return 'replayed';
    }
    return 'wrong';
  }

  /** The device's response to a challenge text. */
  respond(authenticator: AuthenticatorRecord, challenge: string): string {
    return respondTo(authenticator.secret, challenge);
  }

  state(user: UserRecord): UserState {
    return { errorCount: user.errorCount, locked: user.locked };
  }
}

/** `VDS0000001` → `VDS0000001-1`; a serial with a sequence stays as it is. */
export function instanceSerial(serial: string): string {
  return /-\d+$/.test(serial) ? serial : `${serial}-1`;
}

/** The serial without its instance sequence, upper-cased: `vds0000001-1` → `VDS0000001`. */
export function baseSerial(serial: string): string {
  return serial.replace(/-\d+$/, '').toUpperCase();
}

/** Whether two serials name the same authenticator, with or without sequence. */
export function sameSerial(a: string, b: string): boolean {
  return baseSerial(a) === baseSerial(b);
}

function userKey(userId: string, domain: string): string {
  return `${userId.toLowerCase()}@${domain.toLowerCase()}`;
}
