import { VariableDeclarationKind, type Project } from 'ts-morph';
import type { Catalogue } from '../../src/catalogue/catalogue-types.js';

/** Writes catalogue.ts: wsdl/catalogue.json as typed, read-only data. */
export function emitCatalogueData(project: Project, catalogue: Catalogue): void {
  const file = project.createSourceFile('catalogue.ts', '', { overwrite: true });
  file.addImportDeclaration({ isTypeOnly: true, namedImports: ['Catalogue'], moduleSpecifier: '../src/catalogue/catalogue-types.js' });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`The attribute catalogue for OAS ${catalogue.serverVersion}: CREDFLD typing, per-command inputs, outputs and rules.`],
    declarations: [{ name: 'catalogue', initializer: `${JSON.stringify(catalogue, null, 2)} as const satisfies Catalogue` }],
  });
}
