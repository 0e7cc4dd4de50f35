import { readFileSync } from 'node:fs';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { WsdlSourceError } from './wsdl-source-error.js';

/** Parses one XML file, failing on any well-formedness problem with its line number. */
export function loadXml(path: string, displayName: string): Document {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new WsdlSourceError(displayName, undefined, reason);
  }
  // xmldom wraps what onError throws; keep the first problem, with its line, to rethrow as is.
  let firstProblem: WsdlSourceError | undefined;
  const parser = new DOMParser({
    onError: (level, message, context: { locator?: { lineNumber?: number } } | undefined) => {
      if (level === 'warning') return;
      firstProblem ??= new WsdlSourceError(displayName, context?.locator?.lineNumber, `not well-formed XML: ${message}`);
      throw firstProblem;
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch (error) {
    throw firstProblem ?? new WsdlSourceError(displayName, undefined, `not well-formed XML: ${(error as Error).message}`);
  }
}
