import {NewsvaultError} from '../../src/errors.js';

/** The NewsvaultError a call rejects with; fails the test when it resolves or throws anything else. */
export async function caught(work: Promise<unknown> | (() => unknown)): Promise<NewsvaultError> {
	try {
		await (typeof work === 'function' ? work() : work);
	} catch (error) {
		if (error instanceof NewsvaultError) return error;
		throw error;
	}
	throw new Error('expected a NewsvaultError, but the call succeeded');
}

/** The `[GET] "url": ` prefix every fetch error message starts with, as a RegExp source. */
export function getPrefix(url: string): string {
	return `^\\[GET\\] "${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": `;
}
