import type { Project } from 'ts-morph';
import type { RawBindings } from '../raw/raw-bindings.js';
import type { RequiredProperties } from '../transform/required-properties.js';

/**
 * Copies wsdl-tsclient's definitions under raw/, then restores required-ness and makes every
 * import and re-export type-only (the definitions are interfaces; isolatedModules needs it said).
 */
export function emitRawDefinitions(project: Project, raw: RawBindings, required: RequiredProperties): void {
  for (const [path, text] of raw.files) {
    const file = project.createSourceFile(`raw/${path}`, text, { overwrite: true });
    for (const declaration of file.getImportDeclarations()) declaration.setIsTypeOnly(true);
    for (const declaration of file.getExportDeclarations()) declaration.setIsTypeOnly(true);
    for (const definition of file.getInterfaces()) {
      for (const property of definition.getProperties()) {
        if (required.has(`${definition.getName()}.${property.getName()}`)) property.setHasQuestionToken(false);
      }
    }
  }
}
