import { readFileSync, statSync } from 'node:fs';
import { loadCatalogue } from '../catalogue/load-catalogue.js';
import { checkAttributeIds } from '../catalogue/attribute-id-check.js';
import { buildApiDump, type ApiDump } from '../emit/api-dump.js';
import { describeOperations } from '../model/operation-model.js';
import { readService } from '../wsdl/read-service.js';
import { WsdlSourceError } from '../wsdl/wsdl-source-error.js';
import { locateCatalogue, locateWsdl } from './locate-inputs.js';

/** One side of a diff: a WSDL file, a folder holding one, or a generated api.json dump. */
export function loadApi(path: string, cataloguePath?: string): ApiDump {
  if (statSafe(path)?.isFile() && path.toLowerCase().endsWith('.json')) {
    let dump: ApiDump;
    try {
      dump = JSON.parse(readFileSync(path, 'utf8')) as ApiDump;
    } catch (error) {
      throw new WsdlSourceError(path, undefined, `not a JSON dump: ${(error as Error).message}`);
    }
    if (typeof dump?.operations !== 'object' || typeof dump?.elements !== 'object' || typeof dump?.catalogue !== 'object') {
      throw new WsdlSourceError(path, undefined, 'not an api.json dump (operations, elements and catalogue expected)');
    }
    return dump;
  }
  const wsdl = locateWsdl(path);
  const model = readService(wsdl);
  const catalogue = loadCatalogue(locateCatalogue(wsdl, cataloguePath));
  return buildApiDump(model, describeOperations(model, catalogue), catalogue, checkAttributeIds(model, catalogue));
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
