// Shared argument parsing for the maintenance commands: the core's own (the installed app's switches use it too).
export { cliArgs, cliFail } from '../../electron/core/kernel/cli-args';
