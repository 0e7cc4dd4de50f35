import { VariableDeclarationKind, type Project } from 'ts-morph';
import type { OperationDescriptor } from '../../src/operations/operation-descriptor.js';
import type { RawMethod } from '../raw/raw-bindings.js';
import { pascalCase } from './naming.js';

/**
 * Writes operations.ts: `operations` (the runtime descriptor of every command, by name) and
 * `OperationTypes` (its input, output, raw request and raw response types), so a generic facade
 * can be written without naming any generated type.
 */
export function emitOperationMap(project: Project, descriptors: readonly OperationDescriptor[], methods: readonly RawMethod[]): void {
  const file = project.createSourceFile('operations.ts', '', { overwrite: true });
  const attributeTypes = descriptors
    .filter((descriptor) => descriptor.shape === 'attributeSet' && descriptor.catalogued)
    .flatMap((descriptor) => [`${pascalCase(descriptor.name)}Input`, `${pascalCase(descriptor.name)}Output`]);
  file.addImportDeclaration({ isTypeOnly: true, namedImports: ['OperationDescriptor'], moduleSpecifier: '../src/operations/operation-descriptor.js' });
  if (attributeTypes.some(Boolean) || descriptors.some((d) => d.shape === 'attributeSet' && !d.catalogued)) {
    file.addImportDeclaration({ isTypeOnly: true, namedImports: [...attributeTypes, 'CredentialAttributeValues'].sort(), moduleSpecifier: './attributes.js' });
  }
  file.addImportDeclaration({ isTypeOnly: true, namespaceImport: 'raw', moduleSpecifier: './raw/index.js' });

  const byName = Object.fromEntries(descriptors.map((descriptor) => [descriptor.name, descriptor]));
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Every operation of the WSDL: element names, request shape, where its result codes sit.'],
    declarations: [{ name: 'operations', initializer: `${JSON.stringify(byName, null, 2)} as const satisfies Readonly<Record<string, OperationDescriptor>>` }],
  });
  file.addTypeAlias({ name: 'OperationName', isExported: true, docs: ['The wire name of an operation.'], type: 'keyof typeof operations' });

  file.addInterface({
    name: 'OperationTypes',
    isExported: true,
    docs: ['Per operation: the facade input and output, and the raw request and response as wsdl-tsclient types them.'],
    properties: descriptors.map((descriptor) => {
      const method = methods.find((candidate) => candidate.name === descriptor.name);
      const request = method?.paramDefinition ? `raw.${method.paramDefinition.name}` : 'Record<string, unknown>';
      const response = method?.returnDefinition ? `raw.${method.returnDefinition.name}` : 'Record<string, unknown>';
      return { name: descriptor.name, type: typesOf(descriptor, request, response) };
    }),
  });
}

function typesOf(descriptor: OperationDescriptor, request: string, response: string): string {
  const stem = pascalCase(descriptor.name);
  let input = request;
  let output = descriptor.resultFields.length > 0 ? `NonNullable<${response}['result']>` : 'Record<string, never>';
  if (descriptor.shape === 'attributeSet') {
    input = descriptor.catalogued ? `${stem}Input` : 'Partial<CredentialAttributeValues>';
    output = descriptor.catalogued ? `${stem}Output` : 'Partial<CredentialAttributeValues>';
  }
  return `{ shape: '${descriptor.shape}'; input: ${input}; output: ${output}; request: ${request}; response: ${response} }`;
}
