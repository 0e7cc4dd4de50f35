import type { Project } from 'ts-morph';

/** Writes index.ts: one entry point over the generated modules; raw definitions under a namespace. */
export function emitIndexModule(project: Project): void {
  const file = project.createSourceFile('index.ts', '', { overwrite: true });
  file.addExportDeclaration({ moduleSpecifier: './attributes.js', isTypeOnly: true });
  file.addExportDeclaration({ moduleSpecifier: './catalogue.js', namedExports: ['catalogue'] });
  file.addExportDeclaration({ moduleSpecifier: './enumerations.js' });
  file.addExportDeclaration({ moduleSpecifier: './operations.js', namedExports: ['operations'] });
  file.addExportDeclaration({ moduleSpecifier: './operations.js', isTypeOnly: true, namedExports: ['OperationName', 'OperationTypes'] });
  file.addExportDeclaration({ moduleSpecifier: './raw/index.js', isTypeOnly: true, namespaceExport: 'raw' });
}
