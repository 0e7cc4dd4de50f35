import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** What the server does with one request. */
export interface ScriptedReply {
  readonly status?: number;
  readonly contentType?: string;
  readonly body?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Never answer (until the server closes). */
  readonly hang?: boolean;
  /** Drop the connection without an HTTP answer. */
  readonly destroy?: boolean;
}

export interface RecordingServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queue replies, answered in order; with none queued the server answers 500 "no scripted reply". */
  reply(...replies: (ScriptedReply | ((request: RecordedRequest) => ScriptedReply))[]): void;
  /** Answers requests with no queued reply (instead of 500 "no scripted reply"). */
  route(handler: (request: RecordedRequest) => ScriptedReply): void;
  /** How many TCP connections clients have opened. */
  readonly connectionCount: () => number;
  /** Resolves when this many requests have arrived. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

/** A loopback HTTP(S) server on port 0 that records every request and answers from a script. */
export async function startRecordingServer(tls?: { key: string; cert: string; requireClientCertificateFrom?: string }): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const queue: (ScriptedReply | ((request: RecordedRequest) => ScriptedReply))[] = [];
  const sockets = new Set<Socket>();
  const waiters: { count: number; resolve: () => void }[] = [];
  let router: ((request: RecordedRequest) => ScriptedReply) | undefined;
  let connections = 0;

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      for (const waiter of waiters.filter((w) => requests.length >= w.count)) waiter.resolve();
      const next = queue.shift();
      const fallback = router ? router(recorded) : { status: 500, contentType: 'text/plain', body: 'no scripted reply' };
      const scripted = typeof next === 'function' ? next(recorded) : next ?? fallback;
      if (scripted.hang) return;
      const answer = () => {
        if (scripted.destroy) {
          request.socket.destroy();
          return;
        }
        response.writeHead(scripted.status ?? 200, { 'Content-Type': scripted.contentType ?? 'text/xml; charset=utf-8' });
        response.end(scripted.body ?? '');
      };
      if (scripted.delayMs) setTimeout(answer, scripted.delayMs);
      else answer();
    });
  };

  const clientCertificates = tls?.requireClientCertificateFrom ? { requestCert: true, rejectUnauthorized: true, ca: tls.requireClientCertificateFrom } : {};
  const server: Server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert, ...clientCertificates }, handle) : createHttpServer(handle);
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://${tls ? 'localhost' : '127.0.0.1'}:${port}/`,
    requests,
    reply: (...replies) => queue.push(...replies),
    route: (handler) => {
      router = handler;
    },
    connectionCount: () => connections,
    received: (count) => (requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
