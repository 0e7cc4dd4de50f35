import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generate } from '../../codegen/generate.js';
import { EMPTY_CATALOGUE, scratchFolder, smallWsdl } from './scratch-wsdl.js';

const ROOT = join(import.meta.dirname, '../..');

/** The properties of one generated interface: name → [optional?, type text]. */
function propertiesOf(source: string, interfaceName: string): Record<string, [boolean, string]> {
  const file = new Project({ useInMemoryFileSystem: true }).createSourceFile('x.ts', source);
  const declaration = file.getInterfaceOrThrow(interfaceName);
  return Object.fromEntries(
    declaration.getProperties().map((p) => [p.getName(), [p.hasQuestionToken(), p.getTypeNodeOrThrow().getText()] as [boolean, string]]),
  );
}

describe('generate: required-ness restored from minOccurs', () => {
  it.each([
    { given: 'minOccurs="1"', want: false },
    { given: '', want: false },
    { given: 'minOccurs="0"', want: true },
  ])('an element with $given is optional: $want', async ({ given, want }) => {
    const folder = scratchFolder({
      'small.wsdl': smallWsdl(`<xsd:sequence><xsd:element name="name" type="xsd:string" ${given}/></xsd:sequence>`),
      'catalogue.json': EMPTY_CATALOGUE,
    });
    const files = await generate({ wsdlPath: join(folder, 'small.wsdl'), cataloguePath: join(folder, 'catalogue.json') });
    expect(propertiesOf(files.get('raw/definitions/Ping.ts') ?? '', 'Ping')).toEqual({ name: [want, 'string'] });
  });

  it('restores required-ness in nested named types, following the tree and not the type names', async () => {
    const folder = scratchFolder({
      'small.wsdl': smallWsdl(
        '<xsd:sequence><xsd:element name="outer" type="tns:Holder"/></xsd:sequence>',
        `<xsd:complexType name="Holder"><xsd:sequence>
           <xsd:element name="must" type="xsd:int" minOccurs="1"/>
           <xsd:element name="may" type="xsd:int" minOccurs="0"/>
         </xsd:sequence></xsd:complexType>`,
      ),
      'catalogue.json': EMPTY_CATALOGUE,
    });
    const files = await generate({ wsdlPath: join(folder, 'small.wsdl'), cataloguePath: join(folder, 'catalogue.json') });
    expect(propertiesOf(files.get('raw/definitions/Outer.ts') ?? '', 'Outer')).toEqual({ must: [false, 'number'], may: [true, 'number'] });
  });
});

describe('generate: attribute maps from the catalogue', () => {
  const catalogue = {
    description: 'test',
    serverVersion: '0',
    attributes: [
      { id: 'CREDFLD_USERID', name: 'userId', xsdType: 'string', typeSource: ['doc'], secret: false },
      { id: 'CREDFLD_PASSWORD_FORMAT', name: 'passwordFormat', xsdType: 'unsignedInt', typeSource: ['doc'], secret: false },
      { id: 'CREDFLD_FLAG', name: 'flag', xsdType: 'boolean', typeSource: ['assumed'], secret: false },
      { id: 'CREDFLD_PASSWORD', name: 'password', xsdType: 'string', typeSource: ['doc'], secret: true },
    ],
    commands: {
      ping: {
        shape: 'attributeSet',
        source: 'test',
        input: { mandatory: ['CREDFLD_USERID', 'CREDFLD_PASSWORD_FORMAT'], optional: ['CREDFLD_PASSWORD', 'CREDFLD_FLAG'] },
        output: { always: ['CREDFLD_USERID'], ifDefined: ['CREDFLD_FLAG'] },
        rules: [],
      },
    },
  };

  it('types each attribute by its xsd type; mandatory and always-returned keys are required', async () => {
    const folder = scratchFolder({
      'small.wsdl': smallWsdl('<xsd:sequence><xsd:element name="credentialAttributeSet" type="xsd:anyType"/></xsd:sequence>'),
      'catalogue.json': JSON.stringify(catalogue),
    });
    const files = await generate({ wsdlPath: join(folder, 'small.wsdl'), cataloguePath: join(folder, 'catalogue.json') });
    const attributes = files.get('attributes.ts') ?? '';
    expect(propertiesOf(attributes, 'PingInput')).toEqual({
      userId: [false, 'string'],
      passwordFormat: [false, 'number'],
      password: [true, 'string'],
      flag: [true, 'boolean'],
    });
    expect(propertiesOf(attributes, 'PingOutput')).toEqual({ userId: [false, 'string'], flag: [true, 'boolean'] });
  });

  it('refuses a catalogue command that names an undeclared attribute', async () => {
    const broken = structuredClone(catalogue);
    broken.commands.ping.input.optional.push('CREDFLD_NOPE');
    const folder = scratchFolder({
      'small.wsdl': smallWsdl('<xsd:sequence/>'),
      'catalogue.json': JSON.stringify(broken),
    });
    await expect(generate({ wsdlPath: join(folder, 'small.wsdl'), cataloguePath: join(folder, 'catalogue.json') })).rejects.toThrow(
      /commands\.ping\.input\.optional: CREDFLD_NOPE is not a catalogue attribute/,
    );
  });
});

describe('generate: the bundled WSDL', () => {
  const generateBundled = () =>
    generate({
      wsdlPath: join(ROOT, 'wsdl/authentication.wsdl'),
      cataloguePath: join(ROOT, 'wsdl/catalogue.json'),
      sourceLabel: 'wsdl/authentication.wsdl',
    });

  it('maps each command to its elements, request shape and where its result codes sit', async () => {
    const { operations } = await import('../../generated/operations.js');
    const summary = Object.values(operations).map((op) => [op.name, op.requestElement, op.responseElement, op.shape, op.resultContainer, 'resultWrapper' in op ? op.resultWrapper : undefined]);
    expect(summary).toEqual([
      ['authUser', 'authUser', 'authUserResponse', 'attributeSet', 'results', 'authUserResults'],
      ['cancelAuthUser', 'cancelAuthUser', 'cancelAuthUserResponse', 'plainElement', 'status', undefined],
      ['changeBackendPassword', 'changeBackendPassword', 'changeBackendPasswordResponse', 'plainElement', 'status', undefined],
      ['changeEncStatPwd', 'changeEncStatPwd', 'changeEncStatPwdResponse', 'attributeSet', 'results', undefined],
      ['getChallenge', 'getChallenge', 'getChallengeResponse', 'attributeSet', 'results', undefined],
      ['getPreparedSecureChallenge', 'getPreparedSecureChallenge', 'getPreparedSecureChallengeResponse', 'plainElement', 'status', undefined],
      ['getSecureChallenge', 'getSecureChallenge', 'getSecureChallengeRespond', 'attributeSet', 'results', undefined],
      ['updatePassword', 'updatePassword', 'updatePasswordResponse', 'attributeSet', 'results', undefined],
    ]);
    expect(operations.cancelAuthUser.requestFields.map((f) => [f.name, f.minOccurs])).toEqual([
      ['componentType', 1],
      ['serialNumber', 1],
      ['challengeKeyMessage', 1],
    ]);
    expect(operations.getPreparedSecureChallenge.resultFields.map((f) => [f.name, 'xsdType' in f ? f.xsdType : undefined])).toEqual([['requestMessage', 'hexBinary']]);
    expect(operations.changeEncStatPwd.deprecated).toBe('Deprecated. Do not use anymore.');
  });

  it('marks every file as generated and never needs `as any`', async () => {
    const files = await generateBundled();
    for (const [path, text] of files) {
      if (path.endsWith('.ts')) expect(text.split('\n')[0], path).toBe('// Code generated by codegen from wsdl/authentication.wsdl. DO NOT EDIT.');
      expect(text, path).not.toMatch(/\bas any\b/);
    }
    expect([...files.keys()]).toEqual(expect.arrayContaining(['README.md', 'api.json', 'attributes.ts', 'catalogue.ts', 'operations.ts', 'index.ts', 'raw/index.ts']));
  });

  it('is deterministic, and the committed generated/ equals a fresh generation', async () => {
    const first = await generateBundled();
    const second = await generateBundled();
    expect([...second.entries()]).toEqual([...first.entries()]);
    const listed = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? listed(join(folder, entry.name)) : [relative(join(ROOT, 'generated'), join(folder, entry.name)).split('\\').join('/')],
      );
    const onDisk = listed(join(ROOT, 'generated')).sort();
    expect(onDisk, 'generated/ is stale: run `npm run generate`').toEqual([...first.keys()]);
    for (const [path, text] of first) {
      expect(readFileSync(join(ROOT, 'generated', path), 'utf8'), `generated/${path} is stale: run \`npm run generate\``).toBe(text);
    }
  });

  it('dumps operations, types, enumerations and the catalogue for review', async () => {
    const dump = JSON.parse((await generateBundled()).get('api.json') ?? '{}');
    expect(dump.operations.getSecureChallenge).toEqual({ request: 'getSecureChallenge', response: 'getSecureChallengeRespond', shape: 'attributeSet', soapAction: '' });
    expect(dump.types['CredentialTypes:CredentialAttributeSet']).toEqual({
      compositor: 'sequence',
      fields: [{ name: 'attributes', type: 'CredentialTypes:CredentialAttribute', occurs: '0..n' }],
    });
    expect(dump.enumerations['BasicTypes:ReturnCodeEnum']).toEqual(['RET_SUCCESS', 'RET_FAILURE']);
    expect(dump.catalogue.attributes.find((a: { id: string }) => a.id === 'CREDFLD_PASSWORD')).toMatchObject({ name: 'password', secret: true });
  });
});
