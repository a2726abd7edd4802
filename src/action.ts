// The GitHub Action's entry (action.yml: runs.main = dist/action.js): `aiguard ci` with the Action's inputs as its
// arguments. aiguard ci writes the annotations, the step outputs and the summary; the exit code fails the step.
import { actionArguments } from './ci/action-inputs.js';

process.argv.splice(2, process.argv.length - 2, ...actionArguments(process.env));
await import('./cli.js');
