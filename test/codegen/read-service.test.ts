import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readService } from '../../codegen/wsdl/read-service.js';
import { WsdlSourceError } from '../../codegen/wsdl/wsdl-source-error.js';
import { scratchFolder, smallWsdl } from './scratch-wsdl.js';

const BUNDLED = join(import.meta.dirname, '../../wsdl/authentication.wsdl');

describe('readService', () => {
  it.each([
    { given: '<xsd:element name="a" type="xsd:string"/>', want: { minOccurs: 1, maxOccurs: 1 } },
    { given: '<xsd:element name="a" type="xsd:string" minOccurs="0"/>', want: { minOccurs: 0, maxOccurs: 1 } },
    { given: '<xsd:element name="a" type="xsd:string" minOccurs="0" maxOccurs="unbounded"/>', want: { minOccurs: 0, maxOccurs: 'unbounded' } },
    { given: '<xsd:element name="a" type="xsd:string" minOccurs="2" maxOccurs="5"/>', want: { minOccurs: 2, maxOccurs: 5 } },
  ])('reads occurrence of $given', ({ given, want }) => {
    const folder = scratchFolder({ 'small.wsdl': smallWsdl(`<xsd:sequence>${given}</xsd:sequence>`) });
    const model = readService(join(folder, 'small.wsdl'));
    const ping = model.elements.get('{urn:example:small}ping');
    expect(ping?.inlineType?.elements[0]).toMatchObject({ name: 'a', ...want });
  });

  it('makes members of a choice optional whatever their minOccurs', () => {
    const folder = scratchFolder({
      'small.wsdl': smallWsdl('<xsd:choice><xsd:element name="a" type="xsd:string"/><xsd:element name="b" type="xsd:int"/></xsd:choice>'),
    });
    const ping = readService(join(folder, 'small.wsdl')).elements.get('{urn:example:small}ping');
    expect(ping?.inlineType?.elements.map((e) => [e.name, e.minOccurs])).toEqual([['a', 0], ['b', 0]]);
  });

  it('reads the bundled WSDL: eight operations with the documented element names, imports followed', () => {
    const model = readService(BUNDLED);
    expect(model.files).toEqual(['authentication.wsdl', 'BasicTypes.xsd', 'CredentialTypes.xsd']);
    expect(model.address).toBe('https://localhost:8888/');
    expect(Object.fromEntries(model.operations.map((op) => [op.name, [op.input.local, op.output.local]]))).toEqual({
      authUser: ['authUser', 'authUserResponse'],
      cancelAuthUser: ['cancelAuthUser', 'cancelAuthUserResponse'],
      changeBackendPassword: ['changeBackendPassword', 'changeBackendPasswordResponse'],
      changeEncStatPwd: ['changeEncStatPwd', 'changeEncStatPwdResponse'],
      getChallenge: ['getChallenge', 'getChallengeResponse'],
      getPreparedSecureChallenge: ['getPreparedSecureChallenge', 'getPreparedSecureChallengeResponse'],
      getSecureChallenge: ['getSecureChallenge', 'getSecureChallengeRespond'],
      updatePassword: ['updatePassword', 'updatePasswordResponse'],
    });
    for (const op of model.operations) {
      expect(op.input.namespace).toBe('http://www.vasco.com/IdentikeyServer/IdentikeyTypes/Authentication');
    }
    expect(model.simpleTypes.get('{http://www.vasco.com/IdentikeyServer/IdentikeyTypes/BasicTypes.xsd}ReturnCodeEnum')?.enumeration).toEqual([
      'RET_SUCCESS',
      'RET_FAILURE',
    ]);
  });

  it.each([
    {
      name: 'a file that is not well-formed',
      files: { 'broken.wsdl': '<?xml version="1.0"?>\n<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">\n  <wsdl:types>\n</wsdl:definitions>' },
      want: { file: 'broken.wsdl', line: 3, problem: /not well-formed XML: Opening and ending tag mismatch/ },
    },
    {
      name: 'a document that is not a WSDL',
      files: { 'broken.wsdl': '<?xml version="1.0"?>\n<html><body/></html>' },
      want: { file: 'broken.wsdl', line: 2, problem: /not a WSDL 1\.1 document/ },
    },
    {
      name: 'a schema import from the network',
      files: { 'broken.wsdl': smallWsdl('<xsd:sequence/>', '<xsd:import namespace="urn:x" schemaLocation="https://example.com/x.xsd"/>') },
      want: { file: 'broken.wsdl', problem: /never fetches from the network/ },
    },
    {
      name: 'a missing imported file',
      files: { 'broken.wsdl': smallWsdl('<xsd:sequence/>', '<xsd:import namespace="urn:x" schemaLocation="Missing.xsd"/>') },
      want: { file: 'Missing.xsd', problem: /file not found/ },
    },
  ])('fails with file, line and problem on $name', ({ files, want }) => {
    const folder = scratchFolder(files);
    let caught: unknown;
    try {
      readService(join(folder, 'broken.wsdl'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WsdlSourceError);
    const error = caught as WsdlSourceError;
    expect(error.file).toBe(want.file);
    if (want.line !== undefined) expect(error.line).toBe(want.line);
    expect(error.problem).toMatch(want.problem);
  });
});
