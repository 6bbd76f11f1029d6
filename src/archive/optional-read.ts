import {readdir, readFile} from 'node:fs/promises';
import {isMissing} from './io-errors.js';

/**
 * Reads where "not there" is an answer, not a failure: an archive that was never
 * written to, or a URL that was never visited, reads as empty.
 */

/** Sorted entries of a folder; none when it does not exist. */
export async function listDir(dir: string): Promise<string[]> {
	try {
		return (await readdir(dir)).sort();
	} catch (error) {
		if (isMissing(error)) return [];
		throw error;
	}
}

/** A text file's content, or null when it does not exist. */
export async function readOptional(file: string): Promise<string | null> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}
