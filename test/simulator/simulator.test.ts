import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationClient } from '../../src/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/testing/index.js';

const COMPONENT = 'SOAP Auth Client';
const PUSH_COMPONENT = 'Push Notification Client';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: SimulatorOptions = {}): Promise<{ sim: Simulator; client: AuthenticationClient }> {
  const sim = await startSimulator({
    users: [
      { userId: 'jane.doe', serverPin: '1234', authenticators: [{ serialNumber: 'VDS0000001', push: true }] },
      { userId: 'static.user', staticPassword: 'Static-pass1', backendPassword: 'Ad-pass1' },
      { userId: 'timed.user', authenticators: [{ serialNumber: 'VDS0000002-3', kind: 'totp', secret: '3132333435363738393031323334353637383930' }] },
    ],
    ...options,
  });
  const client = await AuthenticationClient.create({ endpoint: sim.endpoint, tls: sim.ca ? { ca: sim.ca } : undefined });
  cleanups.push(() => sim.close(), () => client.close());
  return { sim, client };
}

const login = (client: AuthenticationClient, userId: string, password: string) => client.authUser({ userId, componentType: COMPONENT, passwordFormat: 0, password });

describe('simulator: one-time passwords and lockout', () => {
  it('accepts server PIN + OTP and returns the instance serial; resets the error count', async () => {
    const { sim, client } = await setUp();
    expect((await login(client, 'jane.doe', '1234000000')).ok).toBe(false);
    expect(sim.userState('jane.doe')).toEqual({ errorCount: 1, locked: false });
    const result = await login(client, 'jane.doe', `1234${sim.otp('VDS0000001')}`);
    expect(result).toMatchObject({ ok: true, attributes: { userId: 'jane.doe', domain: 'master', serialNo: 'VDS0000001-1' } });
    expect(sim.userState('jane.doe')).toEqual({ errorCount: 0, locked: false });
  });

  it('refuses a replayed OTP, counting it as a failure', async () => {
    const { sim, client } = await setUp();
    const otp = sim.otp('VDS0000001');
    expect((await login(client, 'jane.doe', `1234${otp}`)).ok).toBe(true);
    const replay = await login(client, 'jane.doe', `1234${otp}`);
    expect(replay).toMatchObject({ ok: false, codes: { statusCodeEnum: 'STAT_INVCREDENTIALS', statusCode: 1000 }, errors: [{ code: 1008 }] });
    expect(sim.userState('jane.doe').errorCount).toBe(1);
  });

  it('locks the user after the configured number of failures; then even a right OTP gets STAT_LOCKED', async () => {
    const { sim, client } = await setUp({ lockThreshold: 2 });
    await login(client, 'jane.doe', '1234111111');
    await login(client, 'jane.doe', '1234222222');
    expect(sim.userState('jane.doe')).toEqual({ errorCount: 2, locked: true });
    const locked = await login(client, 'jane.doe', `1234${sim.otp('VDS0000001')}`);
    expect(locked).toMatchObject({ ok: false, codes: { returnCodeEnum: 'RET_FAILURE', statusCodeEnum: 'STAT_LOCKED', statusCode: 1007 } });
  });

  it('checks time-based OTPs (RFC 6238) against the clock', async () => {
    let now = 59_000;
    const { sim, client } = await setUp({ clock: () => now });
    // RFC 6238 appendix B, SHA1 secret "12345678901234567890", T = 59 s: 94287082 (8 digits) → 287082 with 6.
    expect(sim.otp('VDS0000002')).toBe('287082');
    expect((await login(client, 'timed.user', '287082')).ok).toBe(true);
    now += 5 * 60_000;
    expect((await login(client, 'timed.user', '287082')).ok).toBe(false);
  });

  it('accepts a static password (no serial returned) and the separate password format 4', async () => {
    const { sim, client } = await setUp();
    const viaStatic = await login(client, 'static.user', 'Static-pass1');
    expect(viaStatic).toMatchObject({ ok: true, attributes: { userId: 'static.user' } });
    expect(viaStatic.attributes).not.toHaveProperty('serialNo');
    const separate = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 4, currentPin: '1234', dpResponse: sim.otp('VDS0000001') });
    expect(separate.ok).toBe(true);
  });

  it('answers unknown users with the generic invalid-credentials status', async () => {
    const { client } = await setUp();
    expect(await login(client, 'nobody', 'x')).toMatchObject({ ok: false, codes: { statusCodeEnum: 'STAT_INVCREDENTIALS' }, errors: [{ code: 1010 }] });
  });
});

describe('simulator: challenges and Secure Channel', () => {
  it('1-step: getChallenge, then the response; a late response gets STAT_EXP_CHALLENGE', async () => {
    let now = 1_000_000;
    const { sim, client } = await setUp({ clock: () => now, challengeTimeoutMs: 60_000 });
    const issued = await client.getChallenge({ componentType: COMPONENT, userId: 'jane.doe' });
    expect(issued).toMatchObject({ ok: true, attributes: { userId: 'jane.doe', serialNo: 'VDS0000001-1' } });
    const challenge = issued.attributes.challenge ?? '';
    expect(challenge).toMatch(/^\d{8}$/);
    const answered = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, challenge, password: `1234${sim.challengeResponse('VDS0000001', challenge)}` });
    expect(answered.ok).toBe(true);

    const late = (await client.getChallenge({ componentType: COMPONENT, userId: 'jane.doe' })).attributes.challenge ?? '';
    now += 61_000;
    const expired = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, challenge: late, password: `1234${sim.challengeResponse('VDS0000001', late)}` });
    expect(expired).toMatchObject({ ok: false, codes: { statusCodeEnum: 'STAT_EXP_CHALLENGE', statusCode: 1004 } });
  });

  it('2-step: the challenge keyword returns a challenge in CREDFLD_CHALLENGE; the second authUser answers it', async () => {
    const { sim, client } = await setUp();
    const first = await login(client, 'jane.doe', 'challenge');
    expect(first).toMatchObject({ ok: false, codes: { statusCodeEnum: 'STAT_CHALLENGE' } });
    const challenge = first.attributes.challenge ?? '';
    expect((await login(client, 'jane.doe', `1234${sim.challengeResponse('VDS0000001', challenge)}`)).ok).toBe(true);
  });

  it('Secure Channel: getSecureChallenge gives a key and a request message; authUser with the key and the response', async () => {
    const { sim, client } = await setUp();
    const secure = await client.getSecureChallenge({ componentType: COMPONENT, userId: 'jane.doe', challengeMessage: 'Pay 10 EUR' });
    expect(secure).toMatchObject({ ok: true, attributes: { userId: 'jane.doe', domain: 'master', serialNo: 'VDS0000001-1' } });
    const challengeKey = secure.ok ? secure.attributes.challengeKey : '';
    expect(secure.attributes.requestMessage).toMatch(/^[0-9A-F]+$/);
    const wrong = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, challengeKey, password: '00000000' });
    expect(wrong.ok).toBe(false);
    const right = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, challengeKey, password: sim.secureChannelResponse(challengeKey) });
    expect(right.ok).toBe(true);
    const again = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, challengeKey, password: '0' });
    expect(again.codes.statusCodeEnum).toBe('STAT_NOT_FOUND');
  });
});

describe('simulator: push and login over HTTPS, the seed scenario', () => {
  it('approved: the suspended authUser resumes with success', async () => {
    const { sim, client } = await setUp({ tls: true });
    expect(sim.endpoint).toMatch(/^https:\/\/localhost:\d+\/$/);
    const pending = login(client, 'jane.doe', 'push');
    const push = await sim.nextPush();
    expect(push).toMatchObject({ userId: 'jane.doe', serialNumber: 'VDS0000001-1' });
    expect(push.challengeKeyMessage).not.toContain(push.challengeKey);
    const prepared = await client.getPreparedSecureChallenge({ componentType: PUSH_COMPONENT, serialNumber: push.serialNumber, challengeKey: push.challengeKey });
    expect(prepared.ok && prepared.requestMessage).toMatch(/^[0-9A-F]+$/);
    const second = await client.getPreparedSecureChallenge({ componentType: PUSH_COMPONENT, serialNumber: push.serialNumber, challengeKey: push.challengeKey });
    expect(second).toMatchObject({ ok: false, codes: { statusCodeEnum: 'STAT_NOT_FOUND', statusCode: -13 } });
    sim.approvePush(push.challengeKey);
    expect(await pending).toMatchObject({ ok: true, attributes: { userId: 'jane.doe', serialNo: 'VDS0000001-1' } });
  });

  it('rejected with cancelAuthUser: the authUser fails and the error and lock counts do not change', async () => {
    const { sim, client } = await setUp({ tls: true, lockThreshold: 2 });
    await login(client, 'jane.doe', '1234999999');
    const before = sim.userState('jane.doe');
    expect(before).toEqual({ errorCount: 1, locked: false });
    const pending = login(client, 'jane.doe', 'push');
    const push = await sim.nextPush();
    const cancelled = await client.cancelAuthUser({ componentType: PUSH_COMPONENT, serialNumber: push.serialNumber, challengeKeyMessage: push.challengeKeyMessage });
    expect(cancelled).toMatchObject({ ok: true, codes: { statusCodeEnum: 'STAT_SUCCESS' } });
    const result = await pending;
    expect(result).toMatchObject({ ok: false, codes: { returnCodeEnum: 'RET_FAILURE' } });
    expect(sim.userState('jane.doe')).toEqual(before);
    const consumed = await client.cancelAuthUser({ componentType: PUSH_COMPONENT, serialNumber: push.serialNumber, challengeKeyMessage: push.challengeKeyMessage });
    expect(consumed).toMatchObject({ ok: false, codes: { statusCodeEnum: 'STAT_NOT_FOUND' } });
  });

  it('an unknown challenge key message, or one sealed for another authenticator, is STAT_NOT_FOUND', async () => {
    const { client } = await setUp();
    const unknown = await client.cancelAuthUser({ componentType: PUSH_COMPONENT, serialNumber: 'VDS0000001-1', challengeKeyMessage: 'ABCDEF010203' });
    expect(unknown.codes).toMatchObject({ statusCodeEnum: 'STAT_NOT_FOUND', statusCode: -13 });
    const unknownSerial = await client.cancelAuthUser({ componentType: PUSH_COMPONENT, serialNumber: 'VDS9999999-1', challengeKeyMessage: 'ABCDEF010203' });
    expect(unknownSerial.codes.statusCodeEnum).toBe('STAT_NOT_FOUND');
  });

  it('no answer: the authUser fails at the authentication timeout, counts unchanged', async () => {
    const { sim, client } = await setUp({ authenticationTimeoutMs: 200 });
    const result = await login(client, 'jane.doe', 'push');
    expect(result).toMatchObject({ ok: false, errors: [{ description: 'The user did not answer the push login in time' }] });
    expect(sim.userState('jane.doe')).toEqual({ errorCount: 0, locked: false });
    await expect(sim.nextPush()).resolves.toMatchObject({ userId: 'jane.doe' });
  });

  it('pending push logins do not block other users', async () => {
    const { sim, client } = await setUp();
    const pending = [login(client, 'jane.doe', 'push'), login(client, 'jane.doe', 'push')];
    await sim.nextPush();
    expect((await login(client, 'static.user', 'Static-pass1')).ok).toBe(true);
    const second = await sim.nextPush();
    sim.approvePush(second.challengeKey);
    await sim.close();
    const results = await Promise.allSettled(pending);
    expect(results.filter((r) => r.status === 'fulfilled' && r.value.ok)).toHaveLength(1);
  });
});

describe('simulator: passwords and the deprecated command', () => {
  it('updatePassword changes the static password', async () => {
    const { client } = await setUp();
    const mismatch = await client.updatePassword({ componentType: COMPONENT, userId: 'static.user', staticPassword: 'Static-pass1', newStaticPassword: 'New-1', confirmStaticPassword: 'New-2' });
    expect(mismatch.ok).toBe(false);
    const changed = await client.updatePassword({ componentType: COMPONENT, userId: 'static.user', staticPassword: 'Static-pass1', newStaticPassword: 'New-1', confirmStaticPassword: 'New-1' });
    expect(changed).toMatchObject({ ok: true, attributes: { userId: 'static.user' } });
    expect((await login(client, 'static.user', 'Static-pass1')).ok).toBe(false);
    expect((await login(client, 'static.user', 'New-1')).ok).toBe(true);
  });

  it('changeBackendPassword checks the current back-end password', async () => {
    const { client } = await setUp();
    const wrong = await client.changeBackendPassword({ componentType: 'SOAP-LocalAuth', userId: 'static.user', staticPassword: 'nope', newStaticPassword: 'Ad-pass2' });
    expect(wrong.ok).toBe(false);
    const right = await client.changeBackendPassword({ componentType: 'SOAP-LocalAuth', userId: 'static.user', domain: 'master', staticPassword: 'Ad-pass1', newStaticPassword: 'Ad-pass2' });
    expect(right.ok).toBe(true);
  });

  it('changeEncStatPwd is answered consistently as not supported', async () => {
    const { client } = await setUp();
    const result = await client.changeEncStatPwd({ componentType: COMPONENT, userId: 'jane.doe', cespr: '0123456789ABCDEF', serverPublicKey: 'AB' });
    expect(result).toMatchObject({ ok: false, codes: { statusCodeEnum: 'STAT_PERMISSION', statusCode: 1005 } });
  });
});
