// Runs the solve measurement in a fresh Node process and prints it as JSON: a process that has
// driven a browser for minutes has a bigger heap and busier GC, which slowed the solver 2-4×.
import { measureSolve } from './solve';

const runs = Number(process.argv[2]) || 25;
process.stdout.write(`${JSON.stringify(measureSolve(runs))}\n`);
