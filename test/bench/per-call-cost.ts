// npm run bench: per-call cost of AuthenticationClient.authUser against a raw keep-alive node:http
// POST of the same bytes to the same loopback server, in the same run, rounds interleaved.
// Only the ratio means anything: these machines are shared and noisy.
import { readFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import soap from 'soap';
import { AuthenticationClient } from '../../src/index.js';

const ROUNDS = 7;
const CALLS_PER_ROUND = 400;
const response = readFileSync(join(import.meta.dirname, '../fixtures/spec-examples/authUser.response.success.xml'));
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' }).end(response));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const input = { userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: '1234703557' };
let requestBody = '';
const client = await AuthenticationClient.create({ endpoint, logger: () => undefined });
const capture = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk));
  req.on('end', () => {
    requestBody = body;
    res.end(response);
  });
});
await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
const captureClient = await AuthenticationClient.create({ endpoint: `http://127.0.0.1:${(capture.address() as AddressInfo).port}/` });
await captureClient.authUser(input);
await captureClient.close();
capture.close();

const agent = new Agent({ keepAlive: true });
const raw = () =>
  new Promise<void>((resolve, reject) => {
    const req = request(endpoint, { method: 'POST', agent, headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '""' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(requestBody);
  });
// Plain node-soap as integrators would use it (with the attributes key fixed, or it corrupts requests).
const plain = (await soap.createClientAsync(join(import.meta.dirname, '../../wsdl/authentication.wsdl'), {
  attributesKey: '$attributes',
  valueKey: '$value',
  endpoint,
})) as unknown as { authUserAsync(args: unknown, options: unknown): Promise<unknown> };
const plainArgs = {
  credentialAttributeSet: {
    attributes: [
      ['CREDFLD_USERID', 'jane.doe', 'string'],
      ['CREDFLD_PASSWORD', '1234703557', 'string'],
      ['CREDFLD_PASSWORD_FORMAT', '0', 'unsignedInt'],
      ['CREDFLD_COMPONENT_TYPE', 'SOAP Auth Client', 'string'],
    ].map(([id, value, type]) => ({ value: { $attributes: { 'xsi:type': `xsd:${type}` }, $value: value }, attributeID: id })),
  },
};
const plainAgent = new Agent({ keepAlive: true });
const viaPlainNodeSoap = async () => {
  await plain.authUserAsync(plainArgs, { httpAgent: plainAgent });
};
const viaClient = async () => {
  const result = await client.authUser(input);
  if (!result.ok) throw new Error('unexpected failure');
};

async function perCallMicros(call: () => Promise<void>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < CALLS_PER_ROUND; i += 1) await call();
  return Number(process.hrtime.bigint() - started) / 1000 / CALLS_PER_ROUND;
}

await perCallMicros(raw);
await perCallMicros(viaPlainNodeSoap);
await perCallMicros(viaClient);
const rawTimes: number[] = [];
const plainTimes: number[] = [];
const clientTimes: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  rawTimes.push(await perCallMicros(raw));
  plainTimes.push(await perCallMicros(viaPlainNodeSoap));
  clientTimes.push(await perCallMicros(viaClient));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ratio = (times: number[]) => {
  const perRound = rawTimes.map((rawTime, index) => (times[index] ?? 0) / rawTime);
  return `${median(perRound).toFixed(2)}x the baseline (rounds ${Math.min(...perRound).toFixed(2)} to ${Math.max(...perRound).toFixed(2)})`;
};
console.log(`per call, median of ${ROUNDS} interleaved rounds of ${CALLS_PER_ROUND} sequential calls:`);
console.log(`  raw keep-alive node:http POST   ${median(rawTimes).toFixed(0).padStart(6)} µs  baseline`);
console.log(`  plain node-soap authUserAsync   ${median(plainTimes).toFixed(0).padStart(6)} µs  ${ratio(plainTimes)}`);
console.log(`  AuthenticationClient.authUser   ${median(clientTimes).toFixed(0).padStart(6)} µs  ${ratio(clientTimes)}`);
plainAgent.destroy();
await client.close();
agent.destroy();
server.close();
