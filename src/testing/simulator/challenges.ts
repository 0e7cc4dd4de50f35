import { randomInt } from 'node:crypto';

export interface IssuedChallenge {
  readonly value: string;
  /** For Secure Channel challenges: the request message shown to the user. */
  readonly userId: string | undefined;
  readonly serial: string | undefined;
  readonly expiresAt: number;
}

/** Challenges handed out (1-step, 2-step, Secure Channel challenge keys), single use, with expiry. */
export class Challenges {
  private readonly issued = new Map<string, IssuedChallenge>();

  constructor(private readonly clock: () => number, private readonly lifetimeMs: number) {}

  issue(digits: number, userId: string | undefined, serial: string | undefined): IssuedChallenge {
    let value: string;
    do value = randomDigits(digits);
    while (this.issued.has(value));
    const challenge = { value, userId, serial, expiresAt: this.clock() + this.lifetimeMs };
    this.issued.set(value, challenge);
    return challenge;
  }

  /** The challenge and whether it expired; undefined when never issued or already used. */
  find(value: string): { challenge: IssuedChallenge; expired: boolean } | undefined {
    const challenge = this.issued.get(value);
    return challenge && { challenge, expired: this.clock() > challenge.expiresAt };
  }

  /** The newest unexpired 2-step challenge issued to a user. */
  latestFor(userId: string): IssuedChallenge | undefined {
    return [...this.issued.values()].reverse().find((c) => c.userId === userId && this.clock() <= c.expiresAt);
  }

  consume(value: string): void {
    this.issued.delete(value);
  }
}

export function randomDigits(count: number): string {
  let digits = String(randomInt(1, 10));
  while (digits.length < count) digits += String(randomInt(0, 10));
  return digits;
}
