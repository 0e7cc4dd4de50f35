import { VariableDeclarationKind, type Project } from 'ts-morph';
import type { ServiceModel } from '../wsdl/service-model.js';
import { sortedByKey } from '../text-order.js';

/** Result-code enumerations the runtime types its results with; present even when a WSDL lacks them. */
const ALWAYS_EMITTED = ['ReturnCodeEnum', 'StatusCodeEnum'];

/**
 * Writes enumerations.ts: for every simple type with an enumeration, its values (`statusCodeEnumValues`)
 * and their union (`StatusCodeEnum`).
 */
export function emitEnumerations(project: Project, model: ServiceModel): void {
  const file = project.createSourceFile('enumerations.ts', '', { overwrite: true });
  const byName = new Map<string, readonly string[]>();
  for (const [key, type] of sortedByKey(model.simpleTypes.entries())) {
    const local = key.slice(key.indexOf('}') + 1);
    if (type.enumeration.length > 0 && !byName.has(local)) byName.set(local, type.enumeration);
  }
  for (const name of ALWAYS_EMITTED) if (!byName.has(name)) byName.set(name, []);
  for (const [name, values] of sortedByKey(byName.entries())) {
    const constant = `${name.charAt(0).toLowerCase()}${name.slice(1)}Values`;
    file.addVariableStatement({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`The values the WSDL enumerates for ${name}.`],
      declarations: [{ name: constant, initializer: `${JSON.stringify(values)} as const` }],
    });
    file.addTypeAlias({ name, isExported: true, docs: [`One of {@link ${constant}}.`], type: values.length > 0 ? `(typeof ${constant})[number]` : 'never' });
  }
}
