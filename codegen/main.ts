import { runGenerate } from './commands/generate-command.js';

/** `npm run generate`: the bundled wsdl/ into generated/, through the same command the CLI runs. */
await runGenerate({ wsdl: 'wsdl/authentication.wsdl', catalogue: 'wsdl/catalogue.json', out: 'generated' }, (line) => console.log(line));
