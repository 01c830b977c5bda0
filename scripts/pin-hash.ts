// `npm run pin-hash`: asks for the kiosk operator's PIN (or reads it from standard input) and
// prints the salted scrypt hash to put in the config file as "operatorPinHash". The PIN itself
// is never written anywhere, and is not taken as an argument so it stays out of shell history.
import { createInterface } from 'node:readline/promises';
import { hashPin, isValidPin } from '../electron/main/pin';

async function readPin(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  try {
    return (await rl.question('Operator PIN (4 to 12 digits): ')).trim();
  } finally {
    rl.close();
  }
}

const pin = await readPin();
if (!isValidPin(pin)) {
  console.error('A PIN is 4 to 12 digits; nothing was written.');
  process.exit(1);
}
const hash = hashPin(pin);
console.log(hash);
console.error(`\nPut this in the kiosk's config.json:\n  "operatorPinHash": "${hash}"`);
