import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseAndGenerate, parseWsdl } from 'wsdl-tsclient';

type ParsedWsdl = Awaited<ReturnType<typeof parseWsdl>>;
export type RawDefinition = ParsedWsdl['definitions'][number];
export type RawMethod = ParsedWsdl['ports'][number]['methods'][number];

export interface RawBindings {
  /** wsdl-tsclient's model: definitions and, per operation, the definitions of its input and output. */
  readonly methods: readonly RawMethod[];
  /** The definition files wsdl-tsclient wrote, by path relative to its output folder. */
  readonly files: ReadonlyMap<string, string>;
}

/** Runs wsdl-tsclient (definitions only, ESM imports) in a scratch folder and reads back what it wrote. */
export async function generateRawBindings(wsdlPath: string): Promise<RawBindings> {
  const scratch = mkdtempSync(join(tmpdir(), 'onespan-codegen-'));
  try {
    await parseAndGenerate(wsdlPath, scratch, { emitDefinitionsOnly: true, esm: true, quiet: true, colors: false });
    const parsed = await parseWsdl(wsdlPath, {});
    const files = new Map<string, string>();
    for (const path of listFiles(scratch)) {
      const relativePath = relative(scratch, path).split('\\').join('/');
      files.set(relativePath.slice(relativePath.indexOf('/') + 1), readFileSync(path, 'utf8'));
    }
    const methods = parsed.ports.flatMap((port) => port.methods);
    return { methods, files };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)]))
    .sort();
}
