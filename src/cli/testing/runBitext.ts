import { runCommand, type CommandResult } from './runCommand';

const projectRoot = new URL('../../../', import.meta.url);

/** Runs the command line as users do (`bin/bitext.js`, from the project's folder). */
export function runBitext(...argumentList: string[]): Promise<CommandResult> {
  return runCommand(process.execPath, ['bin/bitext.js', ...argumentList], projectRoot);
}
