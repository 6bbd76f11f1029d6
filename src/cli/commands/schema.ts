import type {Command} from 'commander';
import {snapshotJsonSchema} from '../../index.js';
import type {CommandContext} from '../context.js';
import {writeJson} from '../io.js';

export function registerSchema(program: Command, ctx: CommandContext): void {
	program
		.command('schema')
		.description('print the Snapshot JSON Schema')
		.action(() => writeJson(ctx.io, snapshotJsonSchema(), true));
}
