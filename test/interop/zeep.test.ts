import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'test/fixtures/spec-examples');
const AUTH = '{http://www.vasco.com/IdentikeyServer/IdentikeyTypes/Authentication}';

// python3-zeep comes from Debian (apt-get install python3-zeep); .ci/run installs it.
const PYTHON = '/usr/bin/python3';

describe('the bundled WSDL in python-zeep, an independent SOAP stack', () => {
  it('loads with all eight operations, their documented elements and the service address; the documented envelopes parse; the XSDs compile', () => {
    const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.xml')).map((name) => join(EXAMPLES, name));
    const output = execFileSync(PYTHON, [join(import.meta.dirname, 'zeep_inspect.py'), join(ROOT, 'wsdl/authentication.wsdl'), ...examples], {
      encoding: 'utf8',
    });
    const report = JSON.parse(output) as {
      operations: Record<string, { input: string; output: string; address: string }>;
      examples: { file: string; ok: boolean; error?: string }[];
      schemas: Record<string, string>;
    };
    const elements = Object.fromEntries(Object.entries(report.operations).map(([name, op]) => [name, [op.input, op.output]]));
    expect(elements).toEqual({
      authUser: [`${AUTH}authUser`, `${AUTH}authUserResponse`],
      cancelAuthUser: [`${AUTH}cancelAuthUser`, `${AUTH}cancelAuthUserResponse`],
      changeBackendPassword: [`${AUTH}changeBackendPassword`, `${AUTH}changeBackendPasswordResponse`],
      changeEncStatPwd: [`${AUTH}changeEncStatPwd`, `${AUTH}changeEncStatPwdResponse`],
      getChallenge: [`${AUTH}getChallenge`, `${AUTH}getChallengeResponse`],
      getPreparedSecureChallenge: [`${AUTH}getPreparedSecureChallenge`, `${AUTH}getPreparedSecureChallengeResponse`],
      getSecureChallenge: [`${AUTH}getSecureChallenge`, `${AUTH}getSecureChallengeRespond`],
      updatePassword: [`${AUTH}updatePassword`, `${AUTH}updatePasswordResponse`],
    });
    for (const op of Object.values(report.operations)) expect(op.address).toBe('https://localhost:8888/');
    expect(report.examples).toHaveLength(examples.length);
    expect(report.examples.filter((example) => !example.ok)).toEqual([]);
    expect(report.schemas).toEqual({ 'BasicTypes.xsd': 'valid', 'CredentialTypes.xsd': 'valid' });
  });
});
