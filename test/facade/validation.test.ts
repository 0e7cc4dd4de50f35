import { describe, expect, it } from 'vitest';
import { AuthenticationClient, OasError, ValidationError } from '../../src/index.js';
import { canonicalBody } from '../support/canonical-xml.js';
import { callCommand, useLoopbackClient } from '../support/loopback-client.js';

const VALID = { userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: '1234703557' };

describe('validation before sending: a clear ValidationError naming the attribute, and no request', () => {
  const loopback = useLoopbackClient();
  const call = (command: string, input: unknown) => callCommand(loopback.client(), command, input);

  it.each([
    { name: 'a missing mandatory attribute', command: 'authUser', input: { componentType: 'c', passwordFormat: 0 }, attribute: 'userId', reason: /is mandatory/ },
    { name: 'an empty mandatory attribute', command: 'authUser', input: { ...VALID, userId: '' }, attribute: 'userId', reason: /must not be empty/ },
    { name: 'a string where a number is due', command: 'authUser', input: { ...VALID, passwordFormat: '0' }, attribute: 'passwordFormat', reason: /must be an integer/ },
    { name: 'a negative unsignedInt', command: 'authUser', input: { ...VALID, passwordFormat: -1 }, attribute: 'passwordFormat', reason: /between 0 and 4294967295/ },
    { name: 'a number where a string is due', command: 'authUser', input: { ...VALID, password: 1234 }, attribute: 'password', reason: /must be a string, got number/ },
    { name: 'null', command: 'authUser', input: { ...VALID, domain: null }, attribute: 'domain', reason: /must not be null/ },
    { name: 'an unknown attribute', command: 'authUser', input: { ...VALID, passwort: 'x' }, attribute: 'passwort', reason: /not an input attribute of authUser .*extraAttributes/ },
    { name: 'an attribute of another command', command: 'getChallenge', input: { componentType: 'c', password: 'x' }, attribute: 'password', reason: /not an input attribute of getChallenge/ },
    { name: 'a control character', command: 'authUser', input: { ...VALID, userId: 'jane\u0000doe' }, attribute: 'userId', reason: /XML 1\.0 cannot carry \(U\+0000 at index 4\)/ },
    { name: 'a lone surrogate', command: 'authUser', input: { ...VALID, userId: 'ab\uD800' }, attribute: 'userId', reason: /U\+D800/ },
    { name: 'a user ID over 255 characters', command: 'authUser', input: { ...VALID, userId: 'x'.repeat(256) }, attribute: 'userId', reason: /at most 255/ },
    { name: 'both requestBody and challengeMessage', command: 'getSecureChallenge', input: { componentType: 'c', userId: 'u', requestBody: 'b', challengeMessage: 'm' }, attribute: 'requestBody, challengeMessage', reason: /exactly one of requestBody, challengeMessage/ },
    { name: 'neither requestBody nor challengeMessage', command: 'getSecureChallenge', input: { componentType: 'c', userId: 'u' }, attribute: 'requestBody, challengeMessage', reason: /exactly one/ },
    { name: 'transactionTitle without challengeMessage', command: 'getSecureChallenge', input: { componentType: 'c', userId: 'u', requestBody: 'b', transactionTitle: 't' }, attribute: 'transactionTitle', reason: /only allowed with challengeMessage/ },
    { name: 'cryptoAppIndex with cryptoAppName', command: 'getSecureChallenge', input: { componentType: 'c', userId: 'u', challengeMessage: 'm', cryptoAppIndex: '1', cryptoAppName: 'n' }, attribute: 'cryptoAppIndex, cryptoAppName', reason: /exclude each other/ },
    { name: 'a catalogued attribute passed as extra', command: 'authUser', input: { ...VALID, extraAttributes: [{ id: 'CREDFLD_DOMAIN', value: 'master' }] }, attribute: 'extraAttributes[0].id', reason: /pass it as domain/ },
    { name: 'an extra attribute without a usable ID', command: 'authUser', input: { ...VALID, extraAttributes: [{ id: 'has space', value: 'x' }] }, attribute: 'extraAttributes[0]', reason: /attribute ID/ },
    { name: 'a plain element missing', command: 'cancelAuthUser', input: { componentType: 'c', serialNumber: 's' }, attribute: 'challengeKeyMessage', reason: /is mandatory/ },
    { name: 'an unknown plain element', command: 'cancelAuthUser', input: { componentType: 'c', serialNumber: 's', challengeKeyMessage: 'k', reason: 'x' }, attribute: 'reason', reason: /not an element of cancelAuthUser/ },
    { name: 'a nested element missing, named as the caller names it', command: 'changeBackendPassword', input: { componentType: 'c', userId: 'u', newStaticPassword: 'n' }, attribute: 'staticPassword', reason: /is mandatory/ },
    { name: 'a non-object input', command: 'authUser', input: 'jane.doe', attribute: 'input', reason: /must be an object/ },
  ])('$name', async ({ command, input, attribute, reason }) => {
    const before = loopback.server().requests.length;
    const error = await call(command, input).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ name: 'ValidationError', attribute, command, $fault: 'client' });
    expect((error as ValidationError).reason).toMatch(reason);
    expect(loopback.server().requests.length, 'nothing was sent').toBe(before);
  });

  it('sends extraAttributes with their xsi:type, after the catalogued ones', async () => {
    loopback.server().reply({ body: '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>' });
    await call('authUser', { ...VALID, extraAttributes: [{ id: 'CREDFLD_NEW_THING', value: 3, type: 'unsignedInt' }, { id: 'CREDFLD_FLAG', value: true }] }).catch(() => undefined);
    const body = canonicalBody(loopback.server().requests.at(-1)?.body ?? '');
    const attributes = body.children[0]?.children ?? [];
    expect(attributes.slice(-2).map((a) => [a.children[0]?.attributes['{http://www.w3.org/2001/XMLSchema-instance}type'], a.children[0]?.text, a.children[1]?.text])).toEqual([
      ['{http://www.w3.org/2001/XMLSchema}unsignedInt', '3', 'CREDFLD_NEW_THING'],
      ['{http://www.w3.org/2001/XMLSchema}boolean', 'true', 'CREDFLD_FLAG'],
    ]);
  });

  it('refuses an endpoint that would send passwords in clear text to another host', async () => {
    await expect(AuthenticationClient.create({ endpoint: 'http://oas.example.com:8888/' })).rejects.toMatchObject({ name: 'ValidationError', attribute: 'endpoint' });
    await expect(AuthenticationClient.create({ endpoint: 'https://user:pw@oas.example.com/' })).rejects.toMatchObject({ name: 'ValidationError', attribute: 'endpoint', reason: 'must not carry credentials' });
    await expect(AuthenticationClient.create({ endpoint: 'ftp://oas.example.com/' })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('client configuration errors are typed and say what is wrong', () => {
  it('a WSDL that cannot be loaded', async () => {
    const error = await AuthenticationClient.create({ endpoint: 'https://oas.example.com/', wsdl: '/nonexistent/authentication.wsdl' }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OasError);
    expect(error).toMatchObject({ name: 'ValidationError', attribute: 'wsdl', reason: 'cannot be loaded from /nonexistent/authentication.wsdl', $fault: 'client' });
  });

  it('a timeout that is not a number of milliseconds, for the client or a call', async () => {
    await expect(AuthenticationClient.create({ endpoint: 'https://oas.example.com/', timeoutMs: -1 })).rejects.toMatchObject({ name: 'ValidationError', attribute: 'timeoutMs' });
    const client = await AuthenticationClient.create({ endpoint: 'https://oas.example.com/' });
    await expect(client.getChallenge({ componentType: 'c' }, { timeoutMs: Number.NaN })).rejects.toMatchObject({ name: 'ValidationError', attribute: 'timeoutMs', command: 'getChallenge' });
    await client.close();
  });
});
