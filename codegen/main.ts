import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { writeGeneratedFiles } from './write-files.js';

/** `npm run generate`: regenerates generated/ from the bundled wsdl/. */
const root = fileURLToPath(new URL('..', import.meta.url));
const files = await generate({
  wsdlPath: `${root}wsdl/authentication.wsdl`,
  cataloguePath: `${root}wsdl/catalogue.json`,
  sourceLabel: 'wsdl/authentication.wsdl',
});
writeGeneratedFiles(`${root}generated`, files);
console.log(`generated/: ${files.size} files written from wsdl/authentication.wsdl and wsdl/catalogue.json`);
