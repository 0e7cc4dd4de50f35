import { sameSerial } from './directory.js';
import type { PushNotification } from './simulator-types.js';

export type PushAnswer = 'approved' | 'rejected' | 'timeout';

interface PendingPush {
  readonly notification: PushNotification;
  fetched: boolean;
  readonly settle: (answer: PushAnswer) => void;
}

/** Push logins waiting for the phone, and the notifications the server sent for them. */
export class PushLogins {
  private readonly pending = new Map<string, PendingPush>();
  private readonly sent: PushNotification[] = [];
  private readonly waiting: ((notification: PushNotification) => void)[] = [];

  /** Starts one: resolves with the user's answer, or 'timeout' after `timeoutMs`. */
  start(notification: PushNotification, timeoutMs: number): Promise<PushAnswer> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle('timeout'), timeoutMs);
      const settle = (answer: PushAnswer): void => {
        clearTimeout(timer);
        this.pending.delete(notification.challengeKey);
        resolve(answer);
      };
      this.pending.set(notification.challengeKey, { notification, fetched: false, settle });
      const waiter = this.waiting.shift();
      if (waiter) waiter(notification);
      else this.sent.push(notification);
    });
  }

  /** The next notification the server sent (already sent, or the next one to come). */
  next(): Promise<PushNotification> {
    const sent = this.sent.shift();
    if (sent) return Promise.resolve(sent);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** getPreparedSecureChallenge: the pending login, once; undefined when unknown or already fetched. */
  fetchOnce(challengeKey: string, serial: string): PushNotification | undefined {
    const entry = this.pending.get(challengeKey);
    if (entry === undefined || entry.fetched || !sameSerial(entry.notification.serialNumber, serial)) return undefined;
    entry.fetched = true;
    return entry.notification;
  }

  /** Ends a pending login with an answer; false when the key is unknown or already answered. */
  answer(challengeKey: string, answer: PushAnswer, serial?: string): boolean {
    const entry = this.pending.get(challengeKey);
    if (entry === undefined || (serial !== undefined && !sameSerial(entry.notification.serialNumber, serial))) return false;
    entry.settle(answer);
    return true;
  }

  /** Ends every pending login (server shutdown). */
  endAll(): void {
    for (const key of [...this.pending.keys()]) this.answer(key, 'timeout');
  }
}
