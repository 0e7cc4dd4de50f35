// Quoted verbatim in README.md ("Test your login flow"); test/readme.test.ts keeps the two equal.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AuthenticationClient } from 'onespan-auth-soap';
import { startSimulator, type Simulator } from 'onespan-auth-soap/testing';

let oas: Simulator;
let client: AuthenticationClient;

beforeAll(async () => {
  oas = await startSimulator({
    tls: true,
    users: [{ userId: 'jane.doe', serverPin: '1234', authenticators: [{ serialNumber: 'VDS0000001', push: true }] }],
  });
  client = await AuthenticationClient.create({ endpoint: oas.endpoint, tls: { ca: oas.ca } });
});
afterAll(async () => {
  await client.close();
  await oas.close();
});

it('logs in with server PIN and OTP', async () => {
  const result = await client.authUser({ userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: `1234${oas.otp('VDS0000001')}` });
  expect(result.ok).toBe(true);
});

it('a rejected push login fails without counting as a wrong password', async () => {
  const login = client.authUser({ userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: 'push' });
  const push = await oas.nextPush();
  await client.cancelAuthUser({ componentType: 'Push Notification Client', serialNumber: push.serialNumber, challengeKeyMessage: push.challengeKeyMessage });
  expect((await login).ok).toBe(false);
  expect(oas.userState('jane.doe')).toEqual({ errorCount: 0, locked: false });
});
