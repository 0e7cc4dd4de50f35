import { basename, dirname, resolve } from 'node:path';
import { generateWithReport, type Generation } from '../generate.js';
import { writeGeneratedFiles } from '../write-files.js';
import { locateCatalogue, locateWsdl } from './locate-inputs.js';

export interface GenerateCommandOptions {
  /** authentication.wsdl, or the SDK's wsdl folder. */
  readonly wsdl: string;
  readonly catalogue?: string;
  /** Default `generated`. */
  readonly out?: string;
}

/** `onespan-auth-soap generate` and `npm run generate`: one pipeline, reporting what it wrote and found. */
export async function runGenerate(options: GenerateCommandOptions, write: (line: string) => void): Promise<Generation> {
  const wsdl = locateWsdl(options.wsdl);
  const catalogue = locateCatalogue(wsdl, options.catalogue);
  const out = options.out ?? 'generated';
  const generation = await generateWithReport({ wsdlPath: wsdl, cataloguePath: catalogue, sourceLabel: `${basename(dirname(resolve(wsdl)))}/${basename(wsdl)}` });
  writeGeneratedFiles(out, generation.files);

  const rawOnly = generation.operations.filter((op) => !op.catalogued).map((op) => op.name);
  write(`${out}/: ${generation.files.size} files written from ${wsdl} and ${catalogue}`);
  write(`operations: ${generation.operations.length} (${generation.operations.length - rawOnly.length} with a facade${rawOnly.length ? `; raw bindings only: ${rawOnly.join(', ')}` : ''})`);
  const ids = generation.attributeIds;
  if (ids !== undefined) {
    write(`attribute IDs enumerated by ${ids.enumeration}:`);
    write(`  unknown to the catalogue: ${ids.unknownToCatalogue.join(', ') || 'none'}`);
    write(`  in the catalogue, not in the WSDL: ${ids.missingFromWsdl.join(', ') || 'none'}`);
  }
  return generation;
}
