// The GitHub Action's inputs, as the runner hands them to a JavaScript action (INPUT_<NAME>, name upper-cased,
// hyphens kept), mapped to the arguments of `aiguard ci`. Each input is one argument: nothing goes through a shell.
export function actionArguments(env: NodeJS.ProcessEnv): string[] {
  const input = (name: string): string => (env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] ?? '').trim();
  const args = ['ci', '--format', input('format') || 'github', '--fail-on', input('fail-on') || 'block'];
  if (input('config')) args.push('--config', input('config'));
  if (input('base')) args.push('--base', input('base'));
  if (input('head')) args.push('--head', input('head'));
  if (input('sarif-file')) args.push('--report', `sarif=${input('sarif-file')}`);
  return args;
}
