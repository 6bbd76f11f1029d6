import {NewsvaultError} from '../errors.js';

/** What a user reads for the errno values a full, read-only or misconfigured disk gives. */
const ERRNO_TEXT: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on device',
	EDQUOT: 'disk quota exceeded',
	ENOTDIR: 'a parent path is a file, not a folder',
	EISDIR: 'expected a file but found a folder',
	EMFILE: 'too many open files',
	EIO: 'input/output error',
};

/** Transient conditions a later attempt may get past. */
const RETRYABLE_ERRNO = new Set(['EMFILE', 'ENFILE', 'EAGAIN', 'EBUSY']);

export function errnoOf(error: unknown): string | undefined {
	if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
	return undefined;
}

/** ENOENT and ENOTDIR while reading mean "not archived yet", not a failure. */
export function isMissing(error: unknown): boolean {
	const code = errnoOf(error);
	return code === 'ENOENT' || code === 'ENOTDIR';
}

/** `cannot write archive "<dir>": permission denied (EACCES)`; the original error is the cause. */
export function archiveWriteError(dir: string, error: unknown): NewsvaultError {
	return wrap('write', dir, error);
}

export function archiveReadError(dir: string, error: unknown): NewsvaultError {
	return wrap('read', dir, error);
}

/** `cannot write export "<file>": no space left on device (ENOSPC)`. */
export function exportWriteError(file: string, error: unknown): NewsvaultError {
	return wrap('write', file, error, 'export');
}

function wrap(action: 'read' | 'write', dir: string, error: unknown, what: 'archive' | 'export' = 'archive'): NewsvaultError {
	if (error instanceof NewsvaultError) return error;
	const code = errnoOf(error);
	const text = (code && ERRNO_TEXT[code]) ?? (error instanceof Error ? error.message : String(error));
	const suffix = code ? ` (${code})` : '';
	return new NewsvaultError('ERR_ARCHIVE_IO', `cannot ${action} ${what} "${dir}": ${text}${suffix}`, {
		retryable: code !== undefined && RETRYABLE_ERRNO.has(code),
		cause: error,
	});
}
