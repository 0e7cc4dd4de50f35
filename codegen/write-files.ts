import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFiles } from './generate.js';

/** Replaces the output folder's content with exactly these files, so nothing stale survives. */
export function writeGeneratedFiles(outDir: string, files: GeneratedFiles): void {
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
