import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from '../../src/response/parse-xml.js';
import type { XmlNode } from '../../src/response/xml-node.js';
import { startSimulator, type Simulator } from '../../src/testing/index.js';

const EXAMPLES = join(import.meta.dirname, '../fixtures/spec-examples');
const AUTH = 'http://www.vasco.com/IdentikeyServer/IdentikeyTypes/Authentication';

/** Walks a path of local names from the Body's first element. */
function at(node: XmlNode, ...path: string[]): XmlNode | undefined {
  return path.reduce<XmlNode | undefined>((current, name) => current?.children.find((child) => child.name === name), node);
}

async function post(endpoint: string, body: string): Promise<{ status: number; response: XmlNode }> {
  const answer = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' }, body });
  const envelope = parseXml(await answer.text());
  const bodyNode = envelope.children.find((child) => child.name === 'Body');
  const response = bodyNode?.children[0];
  if (response === undefined) throw new Error('empty SOAP Body');
  return { status: answer.status, response };
}

describe('the simulator answers clients other than ours', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      users: [
        { userId: 'jane.doe', staticPassword: '1234703557' },
        { userId: 'user1', authenticators: [{ serialNumber: 'VDS0000001' }] },
        { userId: 'user_pws', domain: 'MASTER', backendPassword: 'Test1234' },
        { userId: 'zeep.user', staticPassword: 'Zeep-pass1' },
      ],
    });
  });
  afterAll(() => sim.close());

  it('the documented authUser envelope, posted as is: success, in the server wire style', async () => {
    const { status, response } = await post(sim.endpoint, readFileSync(join(EXAMPLES, 'authUser.request.xml'), 'utf8'));
    expect(status).toBe(200);
    expect([response.namespace, response.name]).toEqual([AUTH, 'authUserResponse']);
    const codes = at(response, 'authUserResults', 'results', 'resultCodes');
    expect(at(codes!, 'statusCodeEnum')?.text).toBe('STAT_SUCCESS');
    expect(at(codes!, 'returnCode')?.xsiType).toEqual({ namespace: 'http://www.w3.org/2001/XMLSchema', local: 'int' });
  });

  it('the documented getSecureChallenge envelope: challenge key, request message, instance serial', async () => {
    const { response } = await post(sim.endpoint, readFileSync(join(EXAMPLES, 'getSecureChallenge.request.xml'), 'utf8'));
    expect(response.name).toBe('getSecureChallengeRespond');
    const attributes = at(response, 'results', 'resultAttribute')?.children ?? [];
    const byId = Object.fromEntries(attributes.map((a) => [at(a, 'attributeID')?.text, at(a, 'value')?.text]));
    expect(Object.keys(byId).sort()).toEqual(['CREDFLD_CHALLENGE_KEY', 'CREDFLD_DOMAIN', 'CREDFLD_REQUEST_MESSAGE', 'CREDFLD_SERIAL_NO', 'CREDFLD_USERID']);
    expect(byId.CREDFLD_SERIAL_NO).toBe('VDS0000001-1');
  });

  it('the documented cancelAuthUser envelope for a key nobody pushed: STAT_NOT_FOUND in status', async () => {
    const { response } = await post(sim.endpoint, readFileSync(join(EXAMPLES, 'cancelAuthUser.request.xml'), 'utf8'));
    expect(response.name).toBe('cancelAuthUserResponse');
    expect(at(response, 'status', 'resultCodes', 'statusCodeEnum')?.text).toBe('STAT_NOT_FOUND');
    expect(at(response, 'status', 'resultCodes', 'statusCode')?.text).toBe('-13');
  });

  it('the documented changeBackendPassword envelope: success', async () => {
    const { response } = await post(sim.endpoint, readFileSync(join(EXAMPLES, 'changeBackendPassword.request.xml'), 'utf8'));
    expect(at(response, 'status', 'resultCodes', 'statusCodeEnum')?.text).toBe('STAT_SUCCESS');
  });

  it('a SOAP 1.2 request gets a SOAP 1.2 answer', async () => {
    const soap12 = readFileSync(join(EXAMPLES, 'cancelAuthUser.request.xml'), 'utf8').replace('http://schemas.xmlsoap.org/soap/envelope/', 'http://www.w3.org/2003/05/soap-envelope');
    const answer = await fetch(sim.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/soap+xml; charset=utf-8' }, body: soap12 });
    expect(answer.headers.get('content-type')).toBe('application/soap+xml; charset=utf-8');
    const envelope = parseXml(await answer.text());
    expect([envelope.namespace, envelope.name]).toEqual(['http://www.w3.org/2003/05/soap-envelope', 'Envelope']);
    expect(at(envelope, 'Body', 'cancelAuthUserResponse', 'status', 'resultCodes', 'statusCodeEnum')?.text).toBe('STAT_NOT_FOUND');
    const fault = await fetch(sim.endpoint, { method: 'POST', body: soap12.replaceAll('aut:cancelAuthUser', 'aut:noSuchOperation') });
    expect(fault.status).toBe(500);
    expect(at(parseXml(await fault.text()), 'Body', 'Fault', 'Code', 'Value')?.text).toBe('SOAP-ENV:Sender');
  });

  it('a request that is not SOAP gets a SOAP Client fault with HTTP 500', async () => {
    const { status, response } = await post(sim.endpoint, '<notSoap/>');
    expect(status).toBe(500);
    expect(response.name).toBe('Fault');
    expect(at(response, 'faultcode')?.text).toBe('SOAP-ENV:Client');
  });

  it('python-zeep, from the WSDL the simulator serves, logs in and gets STAT_NOT_FOUND for an unknown cancel', async () => {
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [join(import.meta.dirname, '../interop/zeep_call.py'), sim.endpoint]);
    expect(JSON.parse(stdout)).toEqual({
      authUser: { statusCodeEnum: 'STAT_SUCCESS', statusCode: 0, attributes: { CREDFLD_USERID: 'zeep.user', CREDFLD_DOMAIN: 'master' } },
      cancelAuthUser: { statusCodeEnum: 'STAT_NOT_FOUND', statusCode: -13 },
    });
  });
});
