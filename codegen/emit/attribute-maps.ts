import type { Project } from 'ts-morph';
import type { AttributeSetCommand, Catalogue, CatalogueAttribute } from '../../src/catalogue/catalogue-types.js';
import { pascalCase, tsTypeOfXsd } from './naming.js';

/**
 * Writes attributes.ts: the value type of every catalogue attribute, and per attribute-set command
 * an `<Command>Input` (mandatory keys required) and an `<Command>Output` (always-returned keys required).
 */
export function emitAttributeMaps(project: Project, catalogue: Catalogue): void {
  const file = project.createSourceFile('attributes.ts', '', { overwrite: true });
  const byId = new Map<string, CatalogueAttribute>();
  for (const attribute of catalogue.attributes) {
    byId.set(attribute.id, attribute);
    for (const alias of attribute.aliases ?? []) byId.set(alias, attribute);
  }
  const property = (id: string, optional: boolean) => {
    const attribute = byId.get(id);
    if (attribute === undefined) throw new Error(`catalogue attribute ${id} is not declared`);
    return { name: attribute.name, type: tsTypeOfXsd(attribute.xsdType), hasQuestionToken: optional, isReadonly: true, docs: [docOf(attribute)] };
  };

  file.addInterface({
    name: 'CredentialAttributeValues',
    isExported: true,
    docs: ['The value type of every catalogued CREDFLD attribute, by its TypeScript name.'],
    properties: catalogue.attributes.map((attribute) => property(attribute.id, false)),
  });
  file.addTypeAlias({
    name: 'CredentialAttributeName',
    isExported: true,
    docs: ['The TypeScript name of a catalogued attribute (`userId`).'],
    type: 'keyof CredentialAttributeValues',
  });
  file.addTypeAlias({
    name: 'CredentialAttributeId',
    isExported: true,
    docs: ['The wire name of a catalogued attribute (`CREDFLD_USERID`).'],
    type: catalogue.attributes.map((attribute) => `'${attribute.id}'`).join(' | '),
  });

  for (const [name, command] of Object.entries(catalogue.commands)) {
    if (command.shape !== 'attributeSet') continue;
    emitCommandMaps(file, name, command, property);
  }
}

function emitCommandMaps(
  file: ReturnType<Project['createSourceFile']>,
  name: string,
  command: AttributeSetCommand,
  property: (id: string, optional: boolean) => { name: string; type: string; hasQuestionToken: boolean; isReadonly: boolean; docs: string[] },
): void {
  const deprecated = command.deprecated ? `\n@deprecated ${command.deprecated}` : '';
  file.addInterface({
    name: `${pascalCase(name)}Input`,
    isExported: true,
    docs: [`Input attributes of ${name} (${command.source}).${deprecated}`],
    properties: [
      ...command.input.mandatory.map((id) => property(id, false)),
      ...command.input.optional.map((id) => property(id, true)),
    ],
  });
  file.addInterface({
    name: `${pascalCase(name)}Output`,
    isExported: true,
    docs: [`Output attributes of ${name}: required when always returned, optional when returned if defined.`],
    properties: [
      ...command.output.always.map((id) => property(id, false)),
      ...command.output.ifDefined.map((id) => property(id, true)),
    ],
  });
}

function docOf(attribute: CatalogueAttribute): string {
  const facts = [`xsd:${attribute.xsdType}`, ...(attribute.secret ? ['secret'] : []), ...(attribute.note ? [attribute.note] : [])];
  return `\`${attribute.id}\` (${facts.join('; ')}).`;
}
