import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled authentication.wsdl: beside src/ when run from source, at the package root when built. */
export function bundledWsdlPath(): string {
  for (const candidate of ['../../wsdl/authentication.wsdl', '../../../wsdl/authentication.wsdl']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('the bundled wsdl/authentication.wsdl is missing from the package');
}
