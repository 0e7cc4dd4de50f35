import { createServer } from 'node:net';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationClient, TransportError } from '../../src/index.js';
import { startRecordingServer, type RecordingServer } from '../support/recording-server.js';
import { successResponse } from '../support/responses.js';
import { selfSignedCertificate } from '../../src/testing/simulator/self-signed-certificate.js';

const INPUT = { userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: 'push' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: { tls?: boolean; clientTls?: Parameters<typeof AuthenticationClient.create>[0]['tls']; timeoutMs?: number } = {}) {
  const certificate = options.tls ? await selfSignedCertificate() : undefined;
  const server = await startRecordingServer(certificate);
  const client = await AuthenticationClient.create({ endpoint: server.url, tls: options.clientTls ?? (certificate ? { ca: certificate.cert } : undefined), timeoutMs: options.timeoutMs });
  cleanups.push(() => server.close(), () => client.close());
  return { server, client, certificate };
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(TransportError);
  return error as TransportError;
}

describe('transport', () => {
  it('a refused connection: network failure, known not to have reached the server', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const client = await AuthenticationClient.create({ endpoint: `http://127.0.0.1:${port}/` });
    cleanups.push(() => client.close());
    const error = await failure(client.authUser(INPUT));
    expect(error).toMatchObject({ name: 'TransportError', failure: 'network', code: 'ECONNREFUSED', status: 0, mayHaveReachedServer: false });
  });

  it('a per-call timeout ends a call the server holds, without retrying it', async () => {
    const { server, client } = await setUp();
    server.reply({ hang: true });
    const error = await failure(client.authUser(INPUT, { timeoutMs: 150 }));
    expect(error).toMatchObject({ failure: 'timeout', mayHaveReachedServer: true });
    expect(error.message).toMatch(/no answer within 150 ms.*not retried/);
    expect(server.requests).toHaveLength(1);
  });

  it('the client default timeout applies when a call gives none', async () => {
    const { server, client } = await setUp({ timeoutMs: 120 });
    server.reply({ hang: true });
    expect(await failure(client.authUser(INPUT))).toMatchObject({ failure: 'timeout' });
  });

  it('an AbortSignal ends a pending call; aborted before sending, nothing goes out', async () => {
    const { server, client } = await setUp();
    server.reply({ hang: true });
    const controller = new AbortController();
    const pending = client.authUser(INPUT, { signal: controller.signal, timeoutMs: 0 });
    await server.received(1);
    controller.abort();
    expect(await failure(pending)).toMatchObject({ failure: 'aborted', mayHaveReachedServer: true });

    const early = await failure(client.authUser(INPUT, { signal: AbortSignal.abort() }));
    expect(early).toMatchObject({ failure: 'aborted', mayHaveReachedServer: false });
    expect(server.requests).toHaveLength(1);
  });

  it('a connection dropped mid-call is reported, not retried', async () => {
    const { server, client } = await setUp();
    server.reply({ destroy: true });
    const error = await failure(client.authUser(INPUT));
    expect(error).toMatchObject({ failure: 'network', mayHaveReachedServer: true });
    expect(server.requests).toHaveLength(1);
  });

  it('pending push logins do not starve other calls, and idle calls reuse one keep-alive connection', async () => {
    const { server, client } = await setUp();
    server.route((request) => (request.body.includes('>push<') ? { hang: true } : { body: successResponse('getChallenge') }));
    const pushes = Array.from({ length: 12 }, () => client.authUser(INPUT, { timeoutMs: 0 }).catch((error: unknown) => error));
    await server.received(12);
    const quick = await client.getChallenge({ componentType: 'SOAP Auth Client' });
    expect(quick.ok).toBe(true);
    const connectionsAfterFirst = server.connectionCount();
    await client.getChallenge({ componentType: 'SOAP Auth Client' });
    await client.getChallenge({ componentType: 'SOAP Auth Client' });
    expect(server.connectionCount(), 'sequential calls reuse the keep-alive socket').toBe(connectionsAfterFirst);
    await client.close();
    const ended = await Promise.all(pushes);
    for (const error of ended) expect(error).toBeInstanceOf(TransportError);
  });

  it('a closed client refuses calls without sending', async () => {
    const { server, client } = await setUp();
    await client.close();
    expect(await failure(client.getChallenge({ componentType: 'c' }))).toMatchObject({ failure: 'closed', mayHaveReachedServer: false });
    expect(server.requests).toHaveLength(0);
  });

  describe('TLS', () => {
    it('verifies certificates by default: an untrusted self-signed server is refused before sending', async () => {
      const { server, client } = await setUp({ tls: true, clientTls: {} });
      const error = await failure(client.getChallenge({ componentType: 'c' }));
      expect(error).toMatchObject({ failure: 'tls', mayHaveReachedServer: false });
      expect(error.code).toMatch(/SELF_SIGNED|DEPTH_ZERO|UNABLE_TO_VERIFY/);
      expect(server.requests).toHaveLength(0);
    });

    it('trusts the server certificate given as ca', async () => {
      const { server, client } = await setUp({ tls: true });
      server.reply({ body: successResponse('getChallenge') });
      expect((await client.getChallenge({ componentType: 'c' })).ok).toBe(true);
    });

    it('presents a client certificate to a server that requires one', async () => {
      const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
        keyType: 'ec',
        curve: 'P-256',
        algorithm: 'sha256',
        clientCertificate: { cn: 'oas-client', keyType: 'ec', curve: 'P-256', algorithm: 'sha256' },
        extensions: [
          { name: 'basicConstraints', cA: true },
          { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
        ],
      });
      const server = await startRecordingServer({ key: pems.private, cert: pems.cert, requireClientCertificateFrom: pems.cert });
      const withCertificate = await AuthenticationClient.create({ endpoint: server.url, tls: { ca: pems.cert, cert: pems.clientcert, key: pems.clientprivate } });
      const without = await AuthenticationClient.create({ endpoint: server.url, tls: { ca: pems.cert } });
      cleanups.push(() => server.close(), () => withCertificate.close(), () => without.close());
      server.reply({ body: successResponse('getChallenge') });
      expect((await withCertificate.getChallenge({ componentType: 'c' })).ok).toBe(true);
      const refused = await failure(without.getChallenge({ componentType: 'c' }));
      expect(refused.name).toBe('TransportError');
      expect(server.requests).toHaveLength(1);
    });

    it('turns verification off only when told to', async () => {
      const { server, client } = await setUp({ tls: true, clientTls: { rejectUnauthorized: false } });
      server.reply({ body: successResponse('getChallenge') });
      expect((await client.getChallenge({ componentType: 'c' })).ok).toBe(true);
    });
  });
});
