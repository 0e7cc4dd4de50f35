import { AuthenticationClient } from '../client/authentication-client.js';
import type { ResultCodes } from '../results/command-result.js';
import { startSimulator } from '../testing/simulator/start-simulator.js';

const COMPONENT = 'SOAP Auth Client';
const PUSH_COMPONENT = 'Push Notification Client';
const SERIAL = 'VDS0000001';

/** `npm run demo`: the package end to end against an embedded simulator, one aligned line per step. */
export async function runDemo(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<void> {
  const sim = await startSimulator({ tls: true, users: [{ userId: 'jane.doe', serverPin: '1234', authenticators: [{ serialNumber: SERIAL, push: true }] }] });
  const client = await AuthenticationClient.create({ endpoint: sim.endpoint, tls: { ca: sim.ca } });
  const row = (step: string, command: string, outcome: string, note: string) => write(`  ${step.padEnd(30)} ${command.padEnd(28)} ${outcome.padEnd(32)} ${note}`);
  const codes = (ok: boolean, c: ResultCodes) => `${ok ? 'ok  ' : 'fail'} ${c.statusCodeEnum} (${c.statusCode})`;
  const errors = () => `error count ${sim.userState('jane.doe').errorCount}`;
  try {
    write(`onespan-auth-soap demo: a simulated OAS at ${sim.endpoint} (TLS verified against its own CA)`);
    write(`user jane.doe, server PIN 1234, authenticator ${SERIAL}-1 with push\n`);
    row('step', 'command', 'outcome', 'note');

    const otp = sim.otp(SERIAL);
    const login = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, password: `1234${otp}` });
    row('1 OTP login', 'authUser', codes(login.ok, login.codes), `password 1234+${otp}, serial ${login.attributes.serialNo ?? '-'}`);

    const wrong = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, password: '1234000000' });
    row('2 wrong OTP', 'authUser', codes(wrong.ok, wrong.codes), errors());

    const rejected = client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, password: 'push' }, { timeoutMs: 30_000 });
    const second = await sim.nextPush();
    const cancel = await client.cancelAuthUser({ componentType: PUSH_COMPONENT, serialNumber: second.serialNumber, challengeKeyMessage: second.challengeKeyMessage });
    row('3 push login: user rejects', 'cancelAuthUser', codes(cancel.ok, cancel.codes), 'the phone sends the encrypted challenge key');
    const rejectedResult = await rejected;
    row('  the suspended login ends', 'authUser (resumed)', codes(rejectedResult.ok, rejectedResult.codes), `${errors()}: unchanged, a rejection is not a failed attempt`);

    const approved = client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, password: 'push' }, { timeoutMs: 30_000 });
    const push = await sim.nextPush();
    const prepared = await client.getPreparedSecureChallenge({ componentType: PUSH_COMPONENT, serialNumber: push.serialNumber, challengeKey: push.challengeKey });
    row('4 push login: phone fetches', 'getPreparedSecureChallenge', codes(prepared.ok, prepared.codes), `challenge key ${push.challengeKey}`);
    sim.approvePush(push.challengeKey);
    const approvedResult = await approved;
    row('  user approves on the phone', 'authUser (resumed)', codes(approvedResult.ok, approvedResult.codes), `${errors()}: reset by the success`);

    const secure = await client.getSecureChallenge({ componentType: COMPONENT, userId: 'jane.doe', challengeMessage: 'Log in to Example Bank' });
    const challengeKey = secure.attributes.challengeKey ?? '';
    row('5 Secure Channel challenge', 'getSecureChallenge', codes(secure.ok, secure.codes), `request message ${(secure.attributes.requestMessage ?? '').slice(0, 16)}...`);
    const answer = await client.authUser({ userId: 'jane.doe', componentType: COMPONENT, passwordFormat: 0, challengeKey, password: sim.secureChannelResponse(challengeKey) });
    row('  user types the response', 'authUser', codes(answer.ok, answer.codes), `serial ${answer.attributes.serialNo ?? '-'}`);
    write('\nEvery call above went over HTTPS to the simulator with the real client. Next: README "Test your login flow".');
  } finally {
    await client.close();
    await sim.close();
  }
}
