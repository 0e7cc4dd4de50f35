import { catalogue } from '../../generated/catalogue.js';
import type { AttributeSetCommand, CatalogueAttribute, CatalogueCommand } from './catalogue-types.js';

/** Catalogue attributes by TypeScript name (`userId`). */
export const attributeByName: ReadonlyMap<string, CatalogueAttribute> = new Map(catalogue.attributes.map((a) => [a.name, a]));

/** Catalogue attributes by wire name (`CREDFLD_USERID`), aliases included. */
export const attributeById: ReadonlyMap<string, CatalogueAttribute> = new Map(
  catalogue.attributes.flatMap((a: CatalogueAttribute) => [[a.id, a] as const, ...(a.aliases ?? []).map((alias) => [alias, a] as const)]),
);

/** The catalogue entry of a command, if the catalogue knows it. */
export function catalogueCommand(name: string): CatalogueCommand | undefined {
  return (catalogue.commands as Readonly<Record<string, CatalogueCommand>>)[name];
}

/** The attribute-set entry of a command, if it is one. */
export function attributeSetCommand(name: string): AttributeSetCommand | undefined {
  const command = catalogueCommand(name);
  return command?.shape === 'attributeSet' ? command : undefined;
}
