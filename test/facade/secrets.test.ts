import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OasError, type ClientLogEvent } from '../../src/index.js';
import { useLoopbackClient } from '../support/loopback-client.js';
import { successResponse } from '../support/responses.js';

// Distinct, searchable secret values, one per secret attribute or element.
const SECRETS = {
  password: 'Pw-secret-0001',
  staticPassword: 'Static-secret-0002',
  newStaticPassword: 'NewStatic-secret-0003',
  confirmStaticPassword: 'NewStatic-secret-0003',
  currentPin: 'Pin-secret-0004',
  newPin: 'NewPin-secret-0005',
  confirmNewPin: 'NewPin-secret-0005',
  dpResponse: 'Otp-secret-0006',
  challengeKey: 'Key-secret-0007',
  challengeKeyMessage: 'KeyMessage-secret-0008',
  cespr: 'Cespr-secret-0009',
  extra: 'Extra-secret-0010',
};
const ALL = Object.values(SECRETS);

/** Every way an error or event can be looked at. */
function views(value: unknown): string {
  return [String(value), inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value), value instanceof Error ? value.stack : ''].join('\n');
}

describe('secrets never leave the client', () => {
  const events: ClientLogEvent[] = [];
  const loopback = useLoopbackClient({ logger: (event) => events.push(event) });
  const server = () => loopback.server();
  const client = () => loopback.client();

  const calls: [string, () => Promise<unknown>][] = [
    ['authUser', () => client().authUser({ userId: 'u', componentType: 'c', passwordFormat: 4, password: SECRETS.password, staticPassword: SECRETS.staticPassword, currentPin: SECRETS.currentPin, newPin: SECRETS.newPin, confirmNewPin: SECRETS.confirmNewPin, dpResponse: SECRETS.dpResponse, challengeKey: SECRETS.challengeKey, extraAttributes: [{ id: 'CREDFLD_NEW', value: SECRETS.extra }] })],
    ['updatePassword', () => client().updatePassword({ componentType: 'c', userId: 'u', staticPassword: SECRETS.staticPassword, newStaticPassword: SECRETS.newStaticPassword, confirmStaticPassword: SECRETS.confirmStaticPassword })],
    ['changeEncStatPwd', () => client().changeEncStatPwd({ componentType: 'c', userId: 'u', cespr: SECRETS.cespr, serverPublicKey: 'AB' })],
    ['cancelAuthUser', () => client().cancelAuthUser({ componentType: 'c', serialNumber: 's', challengeKeyMessage: SECRETS.challengeKeyMessage })],
    ['getPreparedSecureChallenge', () => client().getPreparedSecureChallenge({ componentType: 'c', serialNumber: 's', challengeKey: SECRETS.challengeKey })],
    ['changeBackendPassword', () => client().changeBackendPassword({ componentType: 'c', userId: 'u', staticPassword: SECRETS.staticPassword, newStaticPassword: SECRETS.newStaticPassword })],
  ];

  it.each(calls)('%s: a fault that echoes the secrets it received comes out redacted, and so do the log events', async (command, call) => {
    server().reply((request) => {
      const echo = ALL.filter((secret) => request.body.includes(secret)).join(' ');
      return {
        status: 500,
        body: `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault><faultcode>S:Server</faultcode><faultstring>bad ${echo}</faultstring><faultactor>${echo}</faultactor><detail><x>${echo}</x></detail></S:Fault></S:Body></S:Envelope>`,
      };
    });
    const error = await call().then(() => undefined, (caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'SoapFaultError', command });
    const sent = server().requests.at(-1)?.body ?? '';
    const sentSecrets = ALL.filter((secret) => sent.includes(secret));
    expect(sentSecrets.length, 'the request carried secrets to redact').toBeGreaterThan(0);
    for (const secret of ALL) expect(views(error)).not.toContain(secret);
    expect((error as { faultString: string }).faultString).toContain('[REDACTED]');
    for (const secret of ALL) expect(views(events)).not.toContain(secret);
  });

  it.each(calls)('%s: the request log shows non-secret values and [REDACTED] for secrets', async (command, call) => {
    events.length = 0;
    server().reply({ body: successResponse(command, command === 'getSecureChallenge' ? 'getSecureChallengeRespond' : undefined) });
    await call().catch(() => undefined);
    const request = events.find((event) => event.type === 'request');
    expect(request).toMatchObject({ type: 'request', command });
    expect(Object.values(request?.type === 'request' ? request.values : {})).toContain('[REDACTED]');
    for (const secret of ALL) expect(views(events)).not.toContain(secret);
  });

  it('a validation error about a secret never quotes it', async () => {
    const error = await client()
      .authUser({ userId: 'u', componentType: 'c', passwordFormat: 0, password: `${SECRETS.password}\u0007` })
      .then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(OasError);
    expect(views(error)).not.toContain(SECRETS.password);
  });

  it('a timeout error carries no request data', async () => {
    server().reply({ hang: true });
    const error = await client()
      .cancelAuthUser({ componentType: 'c', serialNumber: 's', challengeKeyMessage: SECRETS.challengeKeyMessage }, { timeoutMs: 100 })
      .then(() => undefined, (caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'TransportError', failure: 'timeout' });
    expect(views(error)).not.toContain(SECRETS.challengeKeyMessage);
    expect(Object.keys(error as object).sort()).toEqual(['$fault', 'code', 'command', 'failure', 'mayHaveReachedServer', 'name', 'status']);
  });
});
