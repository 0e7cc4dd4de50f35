import type { AddressInfo } from 'node:net';
import { AuthenticationService } from './authentication-service.js';
import { Directory } from './directory.js';
import { selfSignedCertificate } from './self-signed-certificate.js';
import { createSimulatorServer } from './simulator-server.js';
import type { PushNotification, SimulatedUser, SimulatorOptions, UserState } from './simulator-types.js';

/** A running simulator of the OAS SOAP Authentication API, and the controls a test needs. */
export interface Simulator {
  /** The SOAP endpoint, e.g. `https://localhost:41234/`. */
  readonly endpoint: string;
  /** With `tls: true`: the PEM of the certificate to trust (`tls: { ca }` of the client). */
  readonly ca: string | undefined;
  addUser(user: SimulatedUser): void;
  /** The next one-time password of an authenticator, as its display would show it. */
  otp(serialNumber: string): string;
  /** The response an authenticator gives to a 1-step or 2-step challenge. */
  challengeResponse(serialNumber: string, challenge: string): string;
  /** The response to a Secure Channel challenge key (what the user types after scanning). */
  secureChannelResponse(challengeKey: string): string;
  /** The next push notification the server sends (waits for one if none is pending). */
  nextPush(): Promise<PushNotification>;
  /** The user approves a pending push login on the phone: the suspended authUser succeeds. */
  approvePush(challengeKey: string): void;
  userState(userId: string, domain?: string): UserState;
  /** Stops the server; pending push logins end as unanswered. */
  close(): Promise<void>;
}

/**
 * Starts a stateful simulator over real HTTP (or HTTPS with `tls`) on loopback: users, OATH
 * authenticators, lockout, challenges, Secure Channel and push-and-login, answering as the real
 * server does.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? Date.now;
  const directory = new Directory(clock);
  const service = new AuthenticationService(directory, {
    lockThreshold: options.lockThreshold ?? 3,
    pushKeyword: options.pushKeyword ?? 'push',
    challengeKeyword: options.challengeKeyword ?? 'challenge',
    authenticationTimeoutMs: options.authenticationTimeoutMs ?? 60_000,
    challengeTimeoutMs: options.challengeTimeoutMs ?? 60_000,
    clock,
  });
  for (const user of options.users ?? []) directory.addUser(user);

  const tls = options.tls === true ? await selfSignedCertificate() : options.tls || undefined;
  const { server, sockets } = createSimulatorServer(service, tls);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpointHost = tls ? 'localhost' : host.includes(':') ? `[${host}]` : host;

  return {
    endpoint: `${tls ? 'https' : 'http'}://${endpointHost}:${port}/`,
    ca: options.tls === true ? tls?.cert : undefined,
    addUser: (user) => directory.addUser(user),
    otp: (serialNumber) => directory.nextOtp(directory.requireAuthenticator(serialNumber)),
    challengeResponse: (serialNumber, challenge) => directory.respond(directory.requireAuthenticator(serialNumber), challenge),
    secureChannelResponse: (challengeKey) => service.secureChannelResponse(challengeKey),
    nextPush: () => service.pushes.next(),
    approvePush: (challengeKey) => {
      if (!service.pushes.answer(challengeKey, 'approved')) throw new Error(`no push login with challenge key ${challengeKey} is pending`);
    },
    userState: (userId, domain) => directory.state(directory.requireUser(userId, domain)),
    close: async () => {
      service.pushes.endAll();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Let the answers to the ended push logins go out before the sockets are cut.
      await new Promise((resolve) => setImmediate(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
