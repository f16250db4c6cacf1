/** Entry point of `npm run scenario`; the work is in ./cli.ts. */
import { main } from './cli';

process.exitCode = main(process.argv.slice(2), (line) => console.log(line));
