import { afterAll, beforeAll } from 'vitest';
import { AuthenticationClient, type AuthenticationClientOptions } from '../../src/index.js';
import { startRecordingServer, type RecordingServer } from './recording-server.js';

/** For a describe block: a recording server on loopback and a client pointed at it, closed afterwards. */
export function useLoopbackClient(options: Omit<AuthenticationClientOptions, 'endpoint'> = {}): { server: () => RecordingServer; client: () => AuthenticationClient } {
  let server: RecordingServer | undefined;
  let client: AuthenticationClient | undefined;
  beforeAll(async () => {
    server = await startRecordingServer();
    client = await AuthenticationClient.create({ ...options, endpoint: server.url });
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
  });
  const required = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('used outside the describe block that set it up');
    return value;
  };
  return { server: () => required(server), client: () => required(client) };
}

/** Calls a command by its name, for table-driven tests. */
export function callCommand(client: AuthenticationClient, command: string, input: unknown): Promise<unknown> {
  const method = (client as unknown as Record<string, ((input: unknown) => Promise<unknown>) | undefined>)[command];
  if (method === undefined) throw new Error(`no method ${command}`);
  return method.call(client, input);
}
