/** A WSDL or schema file that cannot be read: names the file, the line and what is wrong. */
export class WsdlSourceError extends Error {
  override readonly name = 'WsdlSourceError';

  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
  }
}
