import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../codegen/commands/generate-command.js';
import { computeDrift } from '../../codegen/drift/compute-drift.js';
import { loadApi } from '../../codegen/commands/load-api.js';

const ROOT = join(import.meta.dirname, '../..');
const VARIANTS = join(ROOT, 'test/fixtures/wsdl-variants');
const bundled = () => loadApi(join(ROOT, 'wsdl'));
const drift = (variant: string) =>
  computeDrift(bundled(), loadApi(join(VARIANTS, variant))).changes.map((c) => [c.impact, c.change, c.subject, c.path]);

const ATTRIBUTE_SET_COMMANDS = ['changeEncStatPwd', 'getChallenge', 'getSecureChallenge', 'updatePassword'];

describe('drift between the bundled WSDL and each variant', () => {
  it('single-file: only the file layout changed (patch)', () => {
    expect(drift('single-file')).toEqual([['patch', 'changed', 'wsdl', 'files']]);
    expect(computeDrift(bundled(), loadApi(join(VARIANTS, 'single-file'))).bump).toBe('patch');
  });

  it('renamed-types: type names only, the wire is the same (patch)', () => {
    expect(drift('renamed-types')).toEqual([
      ['patch', 'removed', 'type', 'Authentication:AuthUserResults'],
      ['patch', 'added', 'type', 'Authentication:AuthenticationResults'],
      ['patch', 'removed', 'type', 'Authentication:BackendUser'],
      ['patch', 'added', 'type', 'Authentication:UserIdentity'],
      ['patch', 'added', 'type', 'BasicTypes:CommandStatus'],
      ['patch', 'removed', 'type', 'BasicTypes:CommandStatusResponse'],
      ['patch', 'added', 'type', 'CredentialTypes:CredentialAttributeList'],
      ['patch', 'removed', 'type', 'CredentialTypes:CredentialAttributeSet'],
    ]);
  });

  it('extra-operation: one operation added (minor)', () => {
    expect(drift('extra-operation')).toEqual([
      ['minor', 'added', 'operation', 'getPushStatus'],
      ['patch', 'added', 'element', 'Authentication:getPushStatus'],
      ['patch', 'added', 'element', 'Authentication:getPushStatusResponse'],
    ]);
  });

  it('removed-operation: one operation removed (major)', () => {
    expect(drift('removed-operation')).toEqual([
      ['major', 'removed', 'operation', 'changeEncStatPwd'],
      ['patch', 'removed', 'element', 'Authentication:changeEncStatPwd'],
      ['patch', 'removed', 'element', 'Authentication:changeEncStatPwdResponse'],
    ]);
    expect(computeDrift(bundled(), loadApi(join(VARIANTS, 'removed-operation'))).bump).toBe('major');
  });

  it('attribute-id-enumeration: every attributeID narrowed to an enumeration, cross-checked with the catalogue (major)', () => {
    const narrowed = [
      'authUser.request.credentialAttributeSet.attributes.attributeID',
      'authUser.response.authUserResults.results.resultAttribute.attributes.attributeID',
      'authUser.response.authUserResults.userattributelist.attributes.attributeID',
      ...ATTRIBUTE_SET_COMMANDS.flatMap((command) => [
        `${command}.request.credentialAttributeSet.attributes.attributeID`,
        `${command}.response.results.resultAttribute.attributes.attributeID`,
      ]),
    ];
    expect(drift('attribute-id-enumeration')).toEqual(
      expect.arrayContaining([
        ...narrowed.map((path) => ['major', 'changed', 'field', path]),
        ['patch', 'added', 'type', 'CredentialTypes:CredentialAttributeIDEnum'],
        ['patch', 'added', 'enumeration', 'CredentialTypes:CredentialAttributeIDEnum'],
        ['minor', 'added', 'attribute', 'CREDFLD_PUSH_TIMEOUT'],
        ['major', 'removed', 'attribute', 'CREDFLD_NONCE'],
      ]),
    );
    expect(drift('attribute-id-enumeration')).toHaveLength(narrowed.length + 4);
  });

  it('all-instead-of-sequence: ResultCodes accepts any order now (minor) wherever it appears', () => {
    const commands = ['authUser', 'cancelAuthUser', 'changeBackendPassword', 'changeEncStatPwd', 'getChallenge', 'getPreparedSecureChallenge', 'getSecureChallenge', 'updatePassword'];
    const container = (command: string) =>
      command === 'authUser' ? 'authUserResults.results' : ['cancelAuthUser', 'changeBackendPassword', 'getPreparedSecureChallenge'].includes(command) ? 'status' : 'results';
    expect(drift('all-instead-of-sequence')).toEqual(commands.map((command) => ['minor', 'changed', 'field', `${command}.response.${container(command)}.resultCodes`]));
  });

  it('a WSDL against itself and against its own dump: no drift', () => {
    expect(computeDrift(bundled(), bundled()).changes).toEqual([]);
    expect(computeDrift(bundled(), loadApi(join(ROOT, 'generated/api.json'))).changes).toEqual([]);
  });
});

describe('regenerating from each variant: the facade type-checks and works against the simulator', () => {
  const projects: string[] = [];
  afterAll(() => {
    for (const project of projects) rmSync(project, { recursive: true, force: true });
  });

  /** A scratch copy of the package whose wsdl/ is the variant and whose generated/ comes from it. */
  async function projectFor(variant: string): Promise<{ folder: string; report: string[] }> {
    const folder = mkdtempSync(join(tmpdir(), `onespan-variant-${variant}-`));
    projects.push(folder);
    cpSync(join(ROOT, 'src'), join(folder, 'src'), { recursive: true });
    cpSync(join(ROOT, 'codegen'), join(folder, 'codegen'), { recursive: true });
    cpSync(join(VARIANTS, variant), join(folder, 'wsdl'), { recursive: true });
    cpSync(join(ROOT, 'wsdl/catalogue.json'), join(folder, 'wsdl/catalogue.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'variant', private: true, type: 'module' }));
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8'));
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...config.compilerOptions, paths: undefined }, include: ['src', 'codegen', 'generated', 'check.ts'] }));
    const report: string[] = [];
    await runGenerate({ wsdl: join(folder, 'wsdl'), out: join(folder, 'generated') }, (line) => report.push(line));
    return { folder, report };
  }

  const CHECK = `import { AuthenticationClient } from './src/index.js';
import { startSimulator } from './src/testing/index.js';
const sim = await startSimulator({ users: [
  { userId: 'jane.doe', serverPin: '1234', authenticators: [{ serialNumber: 'VDS0000001', push: true }] },
  { userId: 'ad.user', backendPassword: 'Ad-pass1' },
] });
const client = await AuthenticationClient.create({ endpoint: sim.endpoint });
const otp = await client.authUser({ userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: '1234' + sim.otp('VDS0000001') });
const pending = client.authUser({ userId: 'jane.doe', componentType: 'SOAP Auth Client', passwordFormat: 0, password: 'push' });
const push = await sim.nextPush();
const cancel = await client.cancelAuthUser({ componentType: 'Push Notification Client', serialNumber: push.serialNumber, challengeKeyMessage: push.challengeKeyMessage });
const rejected = await pending;
const challenge = await client.getChallenge({ componentType: 'SOAP Auth Client', userId: 'jane.doe' });
const backend = await client.changeBackendPassword({ componentType: 'SOAP-LocalAuth', userId: 'ad.user', staticPassword: 'Ad-pass1', newStaticPassword: 'Ad-pass2' });
console.log(JSON.stringify({ otp: otp.ok, serial: otp.attributes.serialNo, cancel: cancel.ok, rejected: rejected.ok, errorCount: sim.userState('jane.doe').errorCount, challenge: challenge.ok, backend: backend.ok }));
await client.close();
await sim.close();
`;

  it.each(['single-file', 'renamed-types', 'extra-operation', 'removed-operation', 'attribute-id-enumeration', 'all-instead-of-sequence'])('%s', async (variant) => {
    const { folder, report } = await projectFor(variant);
    writeFileSync(join(folder, 'check.ts'), CHECK);
    const typeCheck = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', folder], { encoding: 'utf8' });
    expect(typeCheck.stdout, 'the facade type-checks against the regenerated bindings').toBe('');
    expect(typeCheck.status).toBe(0);
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'check.ts'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(output)).toEqual({ otp: true, serial: 'VDS0000001-1', cancel: true, rejected: false, errorCount: 0, challenge: true, backend: true });
    expect(report[0]).toMatch(/files written from .*authentication\.wsdl/);
    if (variant === 'extra-operation') {
      expect(report[1]).toBe('operations: 9 (8 with a facade; raw bindings only: getPushStatus)');
      expect(readdirSync(join(folder, 'generated/raw/definitions'))).toEqual(expect.arrayContaining(['GetPushStatus.ts', 'GetPushStatusResponse.ts']));
      expect(readFileSync(join(folder, 'generated/operations.ts'), 'utf8')).toMatch(/getPushStatus: \{ shape: 'plainElement'; input: raw\.GetPushStatus;/);
    }
    if (variant === 'attribute-id-enumeration') {
      expect(report.slice(2)).toEqual([
        'attribute IDs enumerated by {http://www.vasco.com/IdentikeyServer/IdentikeyTypes/CredentialTypes.xsd}CredentialAttributeIDEnum:',
        '  unknown to the catalogue: CREDFLD_PUSH_TIMEOUT',
        '  in the catalogue, not in the WSDL: CREDFLD_NONCE',
      ]);
    }
    if (variant === 'removed-operation') {
      expect(readFileSync(join(folder, 'generated/operations.ts'), 'utf8')).not.toContain('changeEncStatPwd');
    }
  });

  it('a removed operation: its facade method refuses with a typed error, sending nothing', async () => {
    const folder = projects.find((candidate) => candidate.includes('removed-operation'));
    expect(folder).toBeDefined();
    writeFileSync(
      join(folder ?? '', 'removed.ts'),
      `import { AuthenticationClient } from './src/index.js';
const client = await AuthenticationClient.create({ endpoint: 'http://127.0.0.1:9/' });
const error = await (client.changeEncStatPwd as (input: unknown) => Promise<unknown>)({}).catch((caught: Error) => caught);
console.log(JSON.stringify({ name: (error as Error).name, message: (error as Error).message }));
await client.close();
`,
    );
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'removed.ts'], { cwd: folder, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ name: 'OasError', message: 'changeEncStatPwd: the generated bindings have no such operation (the WSDL they came from does not declare it)' });
  });
});

describe('the CLI', () => {
  const cli = (args: string[]) => {
    try {
      return { code: 0, stdout: execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const scratch = mkdtempSync(join(tmpdir(), 'onespan-cli-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('generate from the bundled wsdl folder reproduces the committed generated/ byte for byte', () => {
    const out = join(scratch, 'generated');
    const result = cli(['generate', '--wsdl', 'wsdl', '--out', out]);
    expect(result.code).toBe(0);
    const list = (folder: string, prefix = ''): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(join(folder, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
    expect(list(out)).toEqual(list(join(ROOT, 'generated')));
    for (const file of list(out)) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(ROOT, 'generated', file), 'utf8'));
  });

  it('diff exits 0 without drift, 1 with drift, 2 on error; --json and --changeset-file', () => {
    expect(cli(['diff', 'wsdl', 'generated/api.json']).code).toBe(0);
    const changed = cli(['diff', 'wsdl', join(VARIANTS, 'extra-operation'), '--json', '--changeset-file', join(scratch, 'drift.md')]);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout)).toEqual({
      changes: [
        { change: 'added', subject: 'operation', path: 'getPushStatus', impact: 'minor' },
        { change: 'added', subject: 'element', path: 'Authentication:getPushStatus', detail: 'name only; operations show what uses it', impact: 'patch' },
        { change: 'added', subject: 'element', path: 'Authentication:getPushStatusResponse', detail: 'name only; operations show what uses it', impact: 'patch' },
      ],
      bump: 'minor',
    });
    expect(readFileSync(join(scratch, 'drift.md'), 'utf8')).toBe(
      `---\n'onespan-auth-soap': minor\n---\n\nBindings regenerated from ${join(VARIANTS, 'extra-operation')}.\n\n- added operation \`getPushStatus\`\n`,
    );
    const broken = join(scratch, 'broken.wsdl');
    writeFileSync(broken, '<?xml version="1.0"?>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">\n<wsdl:types>\n</wsdl:definitions>\n');
    const failed = cli(['diff', 'wsdl', broken]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/broken\.wsdl:3: not well-formed XML/);
  });

  it('generate reports a foreign document by file and line, and writes nothing', () => {
    const foreign = join(scratch, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'authentication.wsdl'), '<?xml version="1.0"?>\n<html/>\n');
    const result = cli(['generate', '--wsdl', foreign, '--out', join(scratch, 'never')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/authentication\.wsdl:2: not a WSDL 1\.1 document/);
    expect(() => readdirSync(join(scratch, 'never'))).toThrow();
  });
});

describe('documentation-only drift', () => {
  it('a changed xsd:documentation or wsdl:documentation is a patch, and nothing else changes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'onespan-docs-'));
    try {
      cpSync(join(ROOT, 'wsdl'), folder, { recursive: true });
      const wsdlPath = join(folder, 'authentication.wsdl');
      const documented = readFileSync(wsdlPath, 'utf8')
        .replace(
          '<wsdl:operation name="cancelAuthUser">\n      <wsdl:input',
          '<wsdl:operation name="cancelAuthUser">\n      <wsdl:documentation>Rejects a pending push login.</wsdl:documentation>\n      <wsdl:input',
        )
        .replace(
          '<xsd:element name="serialNumber" type="xsd:string" minOccurs="1" maxOccurs="1"/>',
          '<xsd:element name="serialNumber" type="xsd:string" minOccurs="1" maxOccurs="1"><xsd:annotation><xsd:documentation>Serial and sequence.</xsd:documentation></xsd:annotation></xsd:element>',
        );
      writeFileSync(wsdlPath, documented);
      const report = computeDrift(bundled(), loadApi(folder));
      expect(report.changes.map((c) => [c.impact, c.subject, c.path])).toEqual([
        ['patch', 'documentation', 'cancelAuthUser'],
        ['patch', 'documentation', 'element Authentication:cancelAuthUser.serialNumber'],
      ]);
      expect(report.bump).toBe('patch');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
