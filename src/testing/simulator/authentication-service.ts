import { Challenges, randomDigits } from './challenges.js';
import { sameSerial, type AuthenticatorRecord, type Directory, type OtpCheck, type UserRecord } from './directory.js';
import { failure, NOT_FOUND, success, WRONG_CREDENTIALS, type Outcome } from './outcome.js';
import { PushLogins } from './push-logins.js';
import { sealMessage, openMessage } from './secure-message.js';
import { REASON, STATUS } from './status.js';

/** An attribute-set request: values by wire name. */
export type AttributeRequest = ReadonlyMap<string, string>;
/** A plain-element request: text leaves, nested records. */
export interface ElementRequest {
  readonly [name: string]: string | ElementRequest | undefined;
}

export interface ServiceSettings {
  readonly lockThreshold: number;
  readonly pushKeyword: string;
  readonly challengeKeyword: string;
  readonly authenticationTimeoutMs: number;
  readonly challengeTimeoutMs: number;
  readonly clock: () => number;
}

const CHALLENGE_DIGITS = 8;
const CHALLENGE_KEY_DIGITS = 10;

/** The semantics of the eight commands over the directory's users and authenticators. */
export class AuthenticationService {
  readonly pushes = new PushLogins();
  private readonly challenges: Challenges;
  private readonly secureChallenges: Challenges;

  constructor(readonly directory: Directory, private readonly settings: ServiceSettings) {
    this.challenges = new Challenges(settings.clock, settings.challengeTimeoutMs);
    this.secureChallenges = new Challenges(settings.clock, settings.challengeTimeoutMs);
  }

  async authUser(request: AttributeRequest): Promise<Outcome> {
    const missing = missingOf(request, ['CREDFLD_USERID', 'CREDFLD_COMPONENT_TYPE', 'CREDFLD_PASSWORD_FORMAT']);
    if (missing) return missing;
    const user = this.directory.findUser(request.get('CREDFLD_USERID') ?? '', request.get('CREDFLD_DOMAIN'));
    if (user === undefined) return failure(STATUS.invalidCredentials, REASON.unknownUser);
    if (user.locked) return failure(STATUS.locked, REASON.locked);
    const format = request.get('CREDFLD_PASSWORD_FORMAT')?.trim();
    if (format !== '0' && format !== '4') return failure(STATUS.invalidData, `Password format ${format} is not supported`);

    const challengeKey = request.get('CREDFLD_CHALLENGE_KEY');
    if (challengeKey !== undefined) return this.secureChannelLogin(user, challengeKey, request.get('CREDFLD_PASSWORD') ?? '');
    const challenge = request.get('CREDFLD_CHALLENGE');
    if (challenge !== undefined) return this.challengeLogin(user, challenge, this.responseOf(request, format));

    if (format === '4') return this.separateLogin(user, request);
    const password = request.get('CREDFLD_PASSWORD') ?? '';
    if (password === this.settings.pushKeyword && user.authenticators.some((a) => a.push)) return this.pushLogin(user);
    if (password === this.settings.challengeKeyword && user.authenticators.length > 0) return this.issueTwoStepChallenge(user);
    const twoStep = this.challenges.latestFor(user.userId);
    const answered = twoStep && user.authenticators.find((a) => password === user.serverPin + this.directory.respond(a, twoStep.value));
    if (twoStep !== undefined && answered !== undefined) {
      this.challenges.consume(twoStep.value);
      return this.succeed(user, answered);
    }
    return this.combinedLogin(user, password);
  }

  getChallenge(request: AttributeRequest): Outcome {
    const missing = missingOf(request, ['CREDFLD_COMPONENT_TYPE']);
    if (missing) return missing;
    const userId = request.get('CREDFLD_USERID');
    if (userId === undefined) {
      return success([['CREDFLD_CHALLENGE', this.challenges.issue(CHALLENGE_DIGITS, undefined, undefined).value]]);
    }
    const found = this.userWithAuthenticator(userId, request);
    if (found === undefined) return failure(STATUS.invalidCredentials, REASON.unknownUser);
    const { user, authenticator } = found;
    const issued = this.challenges.issue(CHALLENGE_DIGITS, user.userId, authenticator.serial);
    return success([
      ['CREDFLD_CHALLENGE', issued.value],
      ['CREDFLD_USERID', user.userId],
      ['CREDFLD_DOMAIN', user.domain],
      ['CREDFLD_SERIAL_NO', authenticator.serial],
    ]);
  }

  getSecureChallenge(request: AttributeRequest): Outcome {
    const missing = missingOf(request, ['CREDFLD_COMPONENT_TYPE', 'CREDFLD_USERID']);
    if (missing) return missing;
    const body = request.get('CREDFLD_REQUEST_BODY');
    const message = request.get('CREDFLD_CHALLENGE_MESSAGE');
    if ((body === undefined) === (message === undefined)) return failure(STATUS.invalidData, 'Exactly one of CREDFLD_REQUEST_BODY and CREDFLD_CHALLENGE_MESSAGE is required');
    const found = this.userWithAuthenticator(request.get('CREDFLD_USERID') ?? '', request);
    if (found === undefined) return failure(STATUS.invalidCredentials, REASON.unknownUser);
    const { user, authenticator } = found;
    const key = this.secureChallenges.issue(CHALLENGE_KEY_DIGITS, user.userId, authenticator.serial);
    return success([
      ['CREDFLD_USERID', user.userId],
      ['CREDFLD_DOMAIN', user.domain],
      ['CREDFLD_CHALLENGE_KEY', key.value],
      ['CREDFLD_SERIAL_NO', authenticator.serial],
      ['CREDFLD_REQUEST_MESSAGE', sealMessage(authenticator.key, `${key.value}|${message ?? body}`)],
    ]);
  }

  getPreparedSecureChallenge(request: ElementRequest): Outcome {
    const serial = text(request.serialNumber);
    const notification = this.pushes.fetchOnce(text(request.challengeKey), serial);
    const authenticator = this.directory.findAuthenticator(serial);
    if (notification === undefined || authenticator === undefined) return NOT_FOUND;
    return success([], { requestMessage: sealMessage(authenticator.key, `${notification.challengeKey}|Login request for ${notification.userId}`) });
  }

  cancelAuthUser(request: ElementRequest): Outcome {
    const serial = text(request.serialNumber);
    const authenticator = this.directory.findAuthenticator(serial);
    const challengeKey = authenticator && openMessage(authenticator.key, text(request.challengeKeyMessage));
    if (challengeKey === undefined || !this.pushes.answer(challengeKey, 'rejected', serial)) return NOT_FOUND;
    return success();
  }

  updatePassword(request: AttributeRequest): Outcome {
    const confirm = request.get('CREDFLD_CONFIRM_STATIC_PASSWORD') ?? request.get('CREDFLD_CONFIRM_NEW_STATIC_PASSWORD');
    const missing = missingOf(request, ['CREDFLD_COMPONENT_TYPE', 'CREDFLD_USERID', 'CREDFLD_STATIC_PASSWORD', 'CREDFLD_NEW_STATIC_PASSWORD']);
    if (missing) return missing;
    if (confirm === undefined) return failure(STATUS.missingField, 'CREDFLD_CONFIRM_STATIC_PASSWORD is required');
    const user = this.directory.findUser(request.get('CREDFLD_USERID') ?? '', request.get('CREDFLD_DOMAIN'));
    if (user === undefined) return failure(STATUS.invalidCredentials, REASON.unknownUser);
    if (user.locked) return failure(STATUS.locked, REASON.locked);
    if (user.staticPassword === undefined || user.staticPassword !== request.get('CREDFLD_STATIC_PASSWORD')) return WRONG_CREDENTIALS;
    if (confirm !== request.get('CREDFLD_NEW_STATIC_PASSWORD')) return failure(STATUS.invalidData, 'The new password and its confirmation differ');
    user.staticPassword = confirm;
    return success([
      ['CREDFLD_USERID', user.userId],
      ['CREDFLD_DOMAIN', user.domain],
    ]);
  }

  changeBackendPassword(request: ElementRequest): Outcome {
    const user = typeof request.user === 'object' ? request.user : {};
    const credential = typeof request.credential === 'object' ? request.credential : {};
    const record = this.directory.findUser(text(user.userID), typeof user.domain === 'string' ? user.domain : undefined);
    if (record === undefined) return failure(STATUS.invalidCredentials, REASON.unknownUser);
    if (record.backendPassword === undefined || record.backendPassword !== text(credential.staticPassword)) return WRONG_CREDENTIALS;
    record.backendPassword = text(request.newStaticPassword);
    return success();
  }

  /** Deprecated by the vendor ("Do not use anymore"): answered the same way every time. */
  changeEncStatPwd(request: AttributeRequest): Outcome {
    const missing = missingOf(request, ['CREDFLD_USERID', 'CREDFLD_CESPR', 'CREDFLD_SERVER_PUBLIC_KEY', 'CREDFLD_COMPONENT_TYPE']);
    return missing ?? failure(STATUS.permission, 'changeEncStatPwd is deprecated and not supported');
  }

  /** The Secure Channel response the user's device computes for a challenge key. */
  secureChannelResponse(challengeKey: string): string {
    const found = this.secureChallenges.find(challengeKey);
    const authenticator = found?.challenge.serial ? this.directory.findAuthenticator(found.challenge.serial) : undefined;
    if (authenticator === undefined) throw new Error(`no Secure Channel challenge ${challengeKey} is pending`);
    return this.directory.respond(authenticator, challengeKey);
  }

  /** The user (in the request's domain) and the authenticator its serial names, or its first one. */
  private userWithAuthenticator(userId: string, request: AttributeRequest): { user: UserRecord; authenticator: AuthenticatorRecord } | undefined {
    const user = this.directory.findUser(userId, request.get('CREDFLD_DOMAIN'));
    const authenticator = user && pickAuthenticator(user, request.get('CREDFLD_SERIAL_NO'));
    return user && authenticator ? { user, authenticator } : undefined;
  }

  private async pushLogin(user: UserRecord): Promise<Outcome> {
    const authenticator = user.authenticators.find((a) => a.push) as AuthenticatorRecord;
    const challengeKey = randomDigits(CHALLENGE_KEY_DIGITS);
    const answer = await this.pushes.start(
      { userId: user.userId, serialNumber: authenticator.serial, challengeKey, challengeKeyMessage: sealMessage(authenticator.key, challengeKey) },
      this.settings.authenticationTimeoutMs,
    );
    // A rejected or unanswered push login fails without touching the error or lock count.
    if (answer === 'approved') return this.succeed(user, authenticator);
    return failure(STATUS.invalidCredentials, answer === 'rejected' ? REASON.pushRejected : REASON.pushTimeout);
  }

  private issueTwoStepChallenge(user: UserRecord): Outcome {
    const authenticator = user.authenticators[0] as AuthenticatorRecord;
    const issued = this.challenges.issue(CHALLENGE_DIGITS, user.userId, authenticator.serial);
    return failure(STATUS.challenge, 'Respond to the challenge', [
      ['CREDFLD_USERID', user.userId],
      ['CREDFLD_CHALLENGE', issued.value],
    ]);
  }

  private secureChannelLogin(user: UserRecord, challengeKey: string, password: string): Outcome {
    const found = this.secureChallenges.find(challengeKey);
    if (found === undefined || found.challenge.userId !== user.userId) return NOT_FOUND;
    if (found.expired) {
      this.secureChallenges.consume(challengeKey);
      return failure(STATUS.expiredChallenge, 'The challenge has expired');
    }
    const authenticator = user.authenticators.find((a) => a.serial === found.challenge.serial);
    if (authenticator === undefined || password !== this.directory.respond(authenticator, challengeKey)) return this.fail(user, REASON.wrongCredentials);
    this.secureChallenges.consume(challengeKey);
    return this.succeed(user, authenticator);
  }

  private challengeLogin(user: UserRecord, challenge: string, response: string): Outcome {
    const found = this.challenges.find(challenge);
    if (found === undefined || (found.challenge.userId !== undefined && found.challenge.userId !== user.userId)) return this.fail(user, REASON.wrongCredentials);
    if (found.expired) {
      this.challenges.consume(challenge);
      return failure(STATUS.expiredChallenge, 'The challenge has expired');
    }
    const authenticator = user.authenticators.find((a) => response === user.serverPin + this.directory.respond(a, challenge));
    if (authenticator === undefined) return this.fail(user, REASON.wrongCredentials);
    this.challenges.consume(challenge);
    return this.succeed(user, authenticator);
  }

  private combinedLogin(user: UserRecord, password: string): Outcome {
    let replayed = false;
    if (password.startsWith(user.serverPin)) {
      const code = password.slice(user.serverPin.length);
      for (const authenticator of user.authenticators) {
        const check: OtpCheck = this.directory.checkOtp(authenticator, code);
        if (check === 'valid') return this.succeed(user, authenticator);
        replayed ||= check === 'replayed';
      }
    }
    if (user.staticPassword !== undefined && password === user.staticPassword) return this.succeed(user, undefined);
    return this.fail(user, replayed ? REASON.otpReplayed : REASON.wrongCredentials);
  }

  private separateLogin(user: UserRecord, request: AttributeRequest): Outcome {
    const staticPassword = request.get('CREDFLD_STATIC_PASSWORD');
    const otp = request.get('CREDFLD_DP_RESPONSE');
    if (otp !== undefined) {
      if ((request.get('CREDFLD_CURRENT_PIN') ?? '') !== user.serverPin) return this.fail(user, REASON.wrongCredentials);
      let replayed = false;
      for (const authenticator of user.authenticators) {
        const check = this.directory.checkOtp(authenticator, otp);
        if (check === 'valid') return this.succeed(user, authenticator);
        replayed ||= check === 'replayed';
      }
      return this.fail(user, replayed ? REASON.otpReplayed : REASON.wrongCredentials);
    }
    if (staticPassword !== undefined && user.staticPassword !== undefined && staticPassword === user.staticPassword) return this.succeed(user, undefined);
    return this.fail(user, REASON.wrongCredentials);
  }

  private responseOf(request: AttributeRequest, format: string): string {
    return format === '4' ? (request.get('CREDFLD_CURRENT_PIN') ?? '') + (request.get('CREDFLD_DP_RESPONSE') ?? '') : (request.get('CREDFLD_PASSWORD') ?? '');
  }

  private succeed(user: UserRecord, authenticator: AuthenticatorRecord | undefined): Outcome {
    user.errorCount = 0;
    return success([
      ['CREDFLD_USERID', user.userId],
      ['CREDFLD_DOMAIN', user.domain],
      ...(authenticator ? [['CREDFLD_SERIAL_NO', authenticator.serial] as const] : []),
    ]);
  }

  private fail(user: UserRecord, reason: { code: number; description: string }): Outcome {
    user.errorCount += 1;
    if (user.errorCount >= this.settings.lockThreshold) user.locked = true;
    return failure(STATUS.invalidCredentials, reason);
  }
}

function missingOf(request: AttributeRequest, mandatory: readonly string[]): Outcome | undefined {
  const missing = mandatory.find((id) => !request.has(id));
  return missing === undefined ? undefined : failure(STATUS.missingField, `${missing} is required`);
}

function pickAuthenticator(user: UserRecord, serial: string | undefined): AuthenticatorRecord | undefined {
  if (serial === undefined) return user.authenticators[0];
  return user.authenticators.find((a) => sameSerial(a.serial, serial));
}

function text(value: string | ElementRequest | undefined): string {
  return typeof value === 'string' ? value : '';
}
