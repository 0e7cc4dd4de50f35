import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startSimulator } from '../testing/simulator/start-simulator.js';
import type { SimulatedUser } from '../testing/simulator/simulator-types.js';

export interface SimulateOptions {
  readonly port: number;
  readonly host: string;
  readonly tls: boolean;
  readonly usersFile: string | undefined;
  readonly caOut: string | undefined;
  readonly lockThreshold: number | undefined;
}

const DEFAULT_USERS: SimulatedUser[] = [
  { userId: 'jane.doe', serverPin: '1234', authenticators: [{ serialNumber: 'VDS0000001', push: true }] },
  { userId: 'john.static', staticPassword: 'Static-pass1', backendPassword: 'Ad-pass1' },
];

/** `onespan-auth-soap simulate`: a standalone simulator for integrators' own apps, driven from stdin. */
export async function runSimulate(options: SimulateOptions, write: (line: string) => void): Promise<void> {
  const users = options.usersFile ? (JSON.parse(readFileSync(options.usersFile, 'utf8')) as SimulatedUser[]) : DEFAULT_USERS;
  const sim = await startSimulator({ port: options.port, host: options.host, tls: options.tls, users, lockThreshold: options.lockThreshold });
  write(`OAS simulator listening on ${sim.endpoint} (WSDL: ${sim.endpoint}?wsdl)`);
  if (sim.ca !== undefined) {
    if (options.caOut) writeFileSync(options.caOut, sim.ca);
    write(options.caOut ? `trust its certificate: ${options.caOut}` : `trust this certificate:\n${sim.ca}`);
  }
  write(`users: ${users.map((u) => `${u.userId}${u.authenticators?.length ? ` (${u.authenticators.map((a) => a.serialNumber).join(', ')})` : ''}`).join(', ')}`);
  write('commands: otp <serial> | approve <challengeKey> | state <userId> | quit');

  const watchPushes = async (): Promise<void> => {
    for (;;) {
      const push = await sim.nextPush();
      write(`push for ${push.userId} on ${push.serialNumber}: challengeKey ${push.challengeKey}, challengeKeyMessage ${push.challengeKeyMessage}`);
    }
  };
  void watchPushes();

  const lines = createInterface({ input: process.stdin });
  const stop = async () => {
    lines.close();
    await sim.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  for await (const line of lines) {
    const [command, argument = ''] = line.trim().split(/\s+/, 2);
    try {
      if (command === 'otp') write(sim.otp(argument));
      else if (command === 'approve') (sim.approvePush(argument), write('approved'));
      else if (command === 'state') write(JSON.stringify(sim.userState(argument)));
      else if (command === 'quit') break;
      else if (command) write(`unknown command ${command}`);
    } catch (error) {
      write((error as Error).message);
    }
  }
  await stop();
}
