import { commandUsage, type CommandName } from './commandUsage';

/** The first line of a command's usage, and where to read the rest: what a usage error ends with. */
export function usageHint(command: CommandName): string {
  const [synopsis = ''] = commandUsage(command).split('\n');
  return `${synopsis}\n(bitext ${command} --help describes its options)`;
}
