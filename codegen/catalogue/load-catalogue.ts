import { readFileSync } from 'node:fs';
import type { AttributeXsdType, Catalogue, CatalogueCommand } from '../../src/catalogue/catalogue-types.js';

const XSD_TYPES: readonly AttributeXsdType[] = ['string', 'int', 'unsignedInt', 'boolean', 'dateTime'];
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/** A catalogue file that is not what codegen can generate from; says where and what. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
  }
}

/** Reads and checks wsdl/catalogue.json: known types, unique names, every referenced ID declared. */
export function loadCatalogue(path: string, displayName = path): Catalogue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CatalogueError(displayName, `cannot read JSON: ${(error as Error).message}`);
  }
  const problems = checkCatalogue(parsed);
  if (problems.length > 0) throw new CatalogueError(displayName, problems.join('; '));
  return parsed as Catalogue;
}

/** Lists what is wrong with a catalogue, empty when nothing is. */
export function checkCatalogue(value: unknown): string[] {
  const problems: string[] = [];
  const catalogue = value as Partial<Catalogue> | null;
  if (catalogue === null || typeof catalogue !== 'object' || !Array.isArray(catalogue.attributes) || typeof catalogue.commands !== 'object') {
    return ['expected an object with "attributes" (array) and "commands" (object)'];
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const [index, attribute] of catalogue.attributes.entries()) {
    const where = `attributes[${index}]`;
    if (typeof attribute?.id !== 'string' || !/^CREDFLD_[A-Z0-9_]+$/.test(attribute.id)) problems.push(`${where}.id must look like CREDFLD_NAME`);
    if (typeof attribute?.name !== 'string' || !IDENTIFIER.test(attribute.name)) problems.push(`${where}.name must be a lowerCamelCase identifier`);
    if (!XSD_TYPES.includes(attribute?.xsdType)) problems.push(`${where}.xsdType must be one of ${XSD_TYPES.join(', ')}`);
    if (typeof attribute?.secret !== 'boolean') problems.push(`${where}.secret must be a boolean`);
    if (ids.has(attribute?.id)) problems.push(`${where}: duplicate id ${attribute.id}`);
    if (names.has(attribute?.name)) problems.push(`${where}: duplicate name ${attribute.name}`);
    ids.add(attribute?.id);
    names.add(attribute?.name);
    for (const alias of attribute?.aliases ?? []) ids.add(alias);
  }
  for (const [commandName, command] of Object.entries(catalogue.commands ?? {})) {
    problems.push(...checkCommand(commandName, command, ids));
  }
  return problems;
}

function checkCommand(commandName: string, command: CatalogueCommand, ids: ReadonlySet<string>): string[] {
  const where = `commands.${commandName}`;
  if (command.shape === 'plainElement') {
    return Array.isArray(command.secretElements) ? [] : [`${where}.secretElements must be an array`];
  }
  if (command.shape !== 'attributeSet') return [`${where}.shape must be attributeSet or plainElement`];
  const problems: string[] = [];
  const referenced: [string, readonly string[] | undefined][] = [
    ['input.mandatory', command.input?.mandatory],
    ['input.optional', command.input?.optional],
    ['output.always', command.output?.always],
    ['output.ifDefined', command.output?.ifDefined],
    ...(command.rules ?? []).flatMap((rule, index): [string, readonly string[]][] => [
      [`rules[${index}].attributes`, rule.attributes],
      ...(rule.kind === 'requires' ? [[`rules[${index}].requires`, rule.requires] as [string, readonly string[]]] : []),
    ]),
  ];
  for (const [list, values] of referenced) {
    if (!Array.isArray(values)) {
      problems.push(`${where}.${list} must be an array`);
      continue;
    }
    for (const id of values) if (!ids.has(id)) problems.push(`${where}.${list}: ${id} is not a catalogue attribute`);
  }
  const inputs = [...(command.input?.mandatory ?? []), ...(command.input?.optional ?? [])];
  const repeated = inputs.filter((id, index) => inputs.indexOf(id) !== index);
  if (repeated.length > 0) problems.push(`${where}.input lists ${repeated.join(', ')} twice`);
  return problems;
}
