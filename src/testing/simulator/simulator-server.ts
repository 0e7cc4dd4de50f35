import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { bundledWsdlPath } from '../../client/bundled-wsdl.js';
import type { AuthenticationService } from './authentication-service.js';
import type { Outcome } from './outcome.js';
import { BadRequest, readIncomingRequest, type IncomingRequest, type SoapVersion } from './soap-request.js';
import { contentTypeOf, writeFault, writeResponse } from './soap-response.js';

const MAX_REQUEST_BYTES = 1024 * 1024;
const SCHEMA_FILES = ['BasicTypes.xsd', 'CredentialTypes.xsd'];

/** The simulator's HTTP(S) front: SOAP on POST, the WSDL on GET `?wsdl`, its schemas beside it. */
export function createSimulatorServer(service: AuthenticationService, tls: { key: string; cert: string } | undefined): { server: Server; sockets: Set<Socket> } {
  const sockets = new Set<Socket>();
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method === 'GET') {
      serveDescription(request, response);
      return;
    }
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'GET, POST', 'Content-Type': 'text/plain' }).end('Method not allowed');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      void answer(service, Buffer.concat(chunks).toString('utf8')).then(({ status, xml, soapVersion }) => {
        if (!response.destroyed) response.writeHead(status, { 'Content-Type': contentTypeOf(soapVersion) }).end(xml);
      });
    });
  };
  const server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handle) : createHttpServer(handle);
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  server.on('connection', track);
  return { server, sockets };
}

async function answer(service: AuthenticationService, body: string): Promise<{ status: number; xml: string; soapVersion: SoapVersion }> {
  let request: IncomingRequest;
  try {
    request = readIncomingRequest(body);
  } catch (error) {
    if (error instanceof BadRequest) return { status: 500, xml: writeFault('client', error.message, error.soapVersion), soapVersion: error.soapVersion };
    throw error;
  }
  const { soapVersion } = request;
  try {
    return { status: 200, xml: writeResponse(request.operation, await dispatch(service, request), soapVersion), soapVersion };
  } catch {
    return { status: 500, xml: writeFault('server', 'Internal error', soapVersion), soapVersion };
  }
}

function dispatch(service: AuthenticationService, request: IncomingRequest): Outcome | Promise<Outcome> {
  if (request.shape === 'attributeSet') {
    switch (request.operation.name) {
      case 'authUser':
        return service.authUser(request.attributes);
      case 'getChallenge':
        return service.getChallenge(request.attributes);
      case 'getSecureChallenge':
        return service.getSecureChallenge(request.attributes);
      case 'updatePassword':
        return service.updatePassword(request.attributes);
      case 'changeEncStatPwd':
        return service.changeEncStatPwd(request.attributes);
    }
  } else {
    switch (request.operation.name) {
      case 'cancelAuthUser':
        return service.cancelAuthUser(request.elements);
      case 'getPreparedSecureChallenge':
        return service.getPreparedSecureChallenge(request.elements);
      case 'changeBackendPassword':
        return service.changeBackendPassword(request.elements);
    }
  }
  throw new BadRequest(`${request.operation.name} is not simulated`);
}

function serveDescription(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://simulator');
  const folder = dirname(bundledWsdlPath());
  const file = url.searchParams.has('wsdl') ? 'authentication.wsdl' : SCHEMA_FILES.find((name) => url.pathname === `/${name}`);
  if (file === undefined) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('POST SOAP requests here; GET ?wsdl for the WSDL');
    return;
  }
  let text = readFileSync(join(folder, basename(file)), 'utf8');
  if (file === 'authentication.wsdl') {
    const scheme = 'encrypted' in request.socket ? 'https' : 'http';
    text = text.replace(/location="https:\/\/localhost:8888\/"/, `location="${scheme}://${request.headers.host ?? 'localhost'}/"`);
  }
  response.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' }).end(text);
}
