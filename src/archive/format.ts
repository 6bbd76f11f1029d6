import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {NewsvaultError} from '../errors.js';
import {createFileOnce} from './atomic.js';
import {archiveReadError, isMissing} from './io-errors.js';
import {FORMAT_FILE} from './layout.js';

/**
 * The format marker at the archive root. A newer newsvault that changes the layout
 * bumps FORMAT_VERSION, so an older one refuses the folder instead of misreading it.
 */
export const FORMAT_NAME = 'newsvault-archive';
export const FORMAT_VERSION = 1;

export interface FormatFile {
	format: typeof FORMAT_NAME;
	version: typeof FORMAT_VERSION;
	createdAt: string;
}

/** The archive's format marker, or null when the folder has none yet; throws on a foreign or newer format. */
export async function readFormat(dir: string): Promise<FormatFile | null> {
	const file = path.join(dir, FORMAT_FILE);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if (isMissing(error)) return null;
		throw archiveReadError(dir, error);
	}
	return checkFormat(dir, text);
}

/** Write the marker unless it exists (another process may be creating it at the same moment). */
export async function ensureFormat(dir: string, createdAt: Date): Promise<void> {
	const marker: FormatFile = {format: FORMAT_NAME, version: FORMAT_VERSION, createdAt: createdAt.toISOString()};
	const created = await createFileOnce(path.join(dir, FORMAT_FILE), `${JSON.stringify(marker, null, '\t')}\n`);
	if (!created) await readFormat(dir);
}

function checkFormat(dir: string, text: string): FormatFile {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `"${path.join(dir, FORMAT_FILE)}" is not valid JSON; is "${dir}" a newsvault archive?`, {cause: error});
	}
	const record = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof FormatFile, unknown>>;
	if (record.format !== FORMAT_NAME) {
		throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `"${dir}" is not a newsvault archive: ${FORMAT_FILE} says format ${JSON.stringify(record.format)}`);
	}
	if (record.version !== FORMAT_VERSION) {
		throw new NewsvaultError(
			'ERR_ARCHIVE_CORRUPT',
			`archive "${dir}" has format version ${JSON.stringify(record.version)}; this newsvault reads only version ${FORMAT_VERSION}${typeof record.version === 'number' && record.version > FORMAT_VERSION ? ', upgrade newsvault' : ''}`,
		);
	}
	return {format: FORMAT_NAME, version: FORMAT_VERSION, createdAt: typeof record.createdAt === 'string' ? record.createdAt : ''};
}
