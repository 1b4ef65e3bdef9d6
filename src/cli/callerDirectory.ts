/**
 * The folder the user ran `bitext` in, which relative paths are resolved from. `npm run bitext`
 * runs the script in the project folder and keeps the caller's folder in INIT_CWD; run any other
 * way (the bin launcher, tsx, another npm script that spawns it) the working folder is the caller's.
 */
export function callerDirectory(): string {
  const { INIT_CWD: initialDirectory, npm_lifecycle_event: script } = process.env;
  return script === 'bitext' && initialDirectory ? initialDirectory : process.cwd();
}
