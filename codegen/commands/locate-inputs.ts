import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledWsdlPath } from '../../src/client/bundled-wsdl.js';
import { WsdlSourceError } from '../wsdl/wsdl-source-error.js';

/** A WSDL file as given, or the `authentication.wsdl` of a folder (the SDK's `wsdl/` folder). */
export function locateWsdl(path: string): string {
  if (!existsSync(path)) throw new WsdlSourceError(path, undefined, 'no such file or folder');
  if (!statSync(path).isDirectory()) return path;
  const named = join(path, 'authentication.wsdl');
  if (existsSync(named)) return named;
  const wsdls = readdirSync(path).filter((name) => name.toLowerCase().endsWith('.wsdl'));
  if (wsdls.length === 1 && wsdls[0] !== undefined) return join(path, wsdls[0]);
  throw new WsdlSourceError(path, undefined, `no authentication.wsdl in this folder${wsdls.length ? ` (found ${wsdls.join(', ')})` : ''}`);
}

/** The catalogue to type attributes with: the one given, else one beside the WSDL, else the bundled one. */
export function locateCatalogue(wsdlPath: string, given: string | undefined): string {
  if (given !== undefined) return given;
  const beside = join(dirname(wsdlPath), 'catalogue.json');
  return existsSync(beside) ? beside : join(dirname(bundledWsdlPath()), 'catalogue.json');
}
