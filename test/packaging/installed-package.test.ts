import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

// A user's script, plain JavaScript: a loopback server answers one authUser, the client reads it.
const USER_SCRIPT = (load: string) => `
${load}
const http = require('node:http');
const body = '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>' +
  '<A:authUserResponse xmlns:A="http://www.vasco.com/IdentikeyServer/IdentikeyTypes/Authentication"><authUserResults><results>' +
  '<resultCodes><returnCodeEnum>RET_SUCCESS</returnCodeEnum><statusCodeEnum>STAT_SUCCESS</statusCodeEnum><returnCode>0</returnCode><statusCode>0</statusCode></resultCodes>' +
  '<resultAttribute><attributes><value>jane.doe</value><attributeID>CREDFLD_USERID</attributeID></attributes></resultAttribute><errorStack/>' +
  '</results></authUserResults></A:authUserResponse></S:Body></S:Envelope>';
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => res.end(body)); });
server.listen(0, '127.0.0.1', async () => {
  const { AuthenticationClient, ValidationError, catalogue } = await loaded;
  const client = await AuthenticationClient.create({ endpoint: 'http://127.0.0.1:' + server.address().port + '/' });
  const result = await client.authUser({ userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: '1' });
  const invalid = await client.authUser({}).catch((e) => e instanceof ValidationError);
  const userIdWireName = catalogue.attributes.find((a) => a.name === 'userId').id;
  console.log(JSON.stringify({ ok: result.ok, userId: result.attributes.userId, invalid, userIdWireName }));
  await client.close();
  server.close();
});
`;

describe('the npm package as an integrator installs it', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'onespan-pack-'));
    execFileSync('npm', ['pack', '--pack-destination', project], { cwd: ROOT, stdio: 'ignore' });
    const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'));
    if (tarball === undefined) throw new Error('npm pack wrote no tarball');
    mkdirSync(join(project, 'app'));
    writeFileSync(join(project, 'app/package.json'), JSON.stringify({ name: 'integrator-app', private: true }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(project, tarball)], { cwd: join(project, 'app'), stdio: 'ignore' });
  }, 180_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('ships built code, types and wsdl/, and nothing of the sources', () => {
    const installed = join(project, 'app/node_modules/onespan-auth-soap');
    const top = readdirSync(installed).sort();
    expect(top).toEqual(['README.md', 'dist', 'package.json', 'wsdl']);
    expect(readdirSync(join(installed, 'dist')).sort()).toEqual(['codegen', 'generated', 'src']);
    expect(readdirSync(join(installed, 'dist/src'))).toEqual(expect.arrayContaining(['index.js', 'index.d.ts']));
    expect(readdirSync(join(installed, 'wsdl'))).toEqual(expect.arrayContaining(['authentication.wsdl', 'BasicTypes.xsd', 'CredentialTypes.xsd', 'catalogue.json']));
  });

  it.each([
    ['import (ESM)', 'script.mjs', "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const loaded = import('onespan-auth-soap');"],
    ['require (CommonJS)', 'script.cjs', "const loaded = Promise.resolve(require('onespan-auth-soap'));"],
  ])('works from %s with no TypeScript toolchain', (_kind, file, load) => {
    writeFileSync(join(project, 'app', file), USER_SCRIPT(load));
    const output = execFileSync(process.execPath, [file], { cwd: join(project, 'app'), encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(output)).toEqual({ ok: true, userId: 'jane.doe', invalid: true, userIdWireName: 'CREDFLD_USERID' });
  });

  it('onespan-auth-soap/testing runs the simulator over HTTPS for the installed client', () => {
    writeFileSync(
      join(project, 'app', 'simulator.mjs'),
      `import { AuthenticationClient } from 'onespan-auth-soap';
import { startSimulator } from 'onespan-auth-soap/testing';
const sim = await startSimulator({ tls: true, users: [{ userId: 'jane.doe', authenticators: [{ serialNumber: 'VDS0000001' }] }] });
const client = await AuthenticationClient.create({ endpoint: sim.endpoint, tls: { ca: sim.ca } });
const result = await client.authUser({ userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: sim.otp('VDS0000001') });
console.log(JSON.stringify({ ok: result.ok, serialNo: result.attributes.serialNo }));
await client.close();
await sim.close();
`,
    );
    const output = execFileSync(process.execPath, ['simulator.mjs'], { cwd: join(project, 'app'), encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(output)).toEqual({ ok: true, serialNo: 'VDS0000001-1' });
  });

  it('the onespan-auth-soap command diffs WSDLs, and says what generate needs when its optional peers are absent', () => {
    const bin = join(project, 'app/node_modules/.bin/onespan-auth-soap');
    const wsdl = join(project, 'app/node_modules/onespan-auth-soap/wsdl');
    expect(execFileSync(bin, ['diff', wsdl, wsdl], { cwd: join(project, 'app'), encoding: 'utf8' })).toMatch(/no changes\nsuggested version bump: none/);
    const generate = spawnSync(bin, ['generate', '--wsdl', wsdl, '--out', join(project, 'out')], { cwd: join(project, 'app'), encoding: 'utf8' });
    expect(generate.status).toBe(2);
    expect(generate.stderr).toContain('generate needs ts-morph and wsdl-tsclient: npm install --save-dev ts-morph wsdl-tsclient');
  });

  it('the onespan-auth-soap command runs the demo', () => {
    const output = execFileSync(join(project, 'app/node_modules/.bin/onespan-auth-soap'), ['demo'], { cwd: join(project, 'app'), encoding: 'utf8', timeout: 60_000 });
    expect(output).toMatch(/1 OTP login\s+authUser\s+ok/);
  });
});
