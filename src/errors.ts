/**
 * Every failure newsvault reports is a NewsvaultError: a stable machine-readable `code`,
 * whether retrying could help, and a one-line message a user can act on.
 */

export type ErrorCode =
	| 'ERR_INVALID_URL'
	| 'ERR_UNSUPPORTED_SCHEME'
	| 'ERR_DNS'
	| 'ERR_CONNECTION_REFUSED'
	| 'ERR_CONNECTION_RESET'
	| 'ERR_TIMEOUT'
	| 'ERR_HTTP_STATUS'
	| 'ERR_REDIRECT_LOOP'
	| 'ERR_TOO_MANY_REDIRECTS'
	| 'ERR_TOO_LARGE'
	| 'ERR_NOT_HTML'
	| 'ERR_DECODE'
	| 'ERR_NETWORK'
	| 'ERR_BROWSER'
	| 'ERR_NO_BROWSER'
	| 'ERR_ABORTED'
	| 'ERR_ARCHIVE_IO'
	| 'ERR_ARCHIVE_CORRUPT'
	| 'ERR_ARCHIVE_LOCKED'
	| 'ERR_NOT_FOUND'
	| 'ERR_CONFIG'
	| 'ERR_EXTRACT'
	/** A bot check, block page or consent wall came instead of the article (often with status 200). */
	| 'ERR_BLOCKED'
	| 'ERR_USAGE';

export class NewsvaultError extends Error {
	override readonly name: string = 'NewsvaultError';
	readonly code: ErrorCode;
	/** True when the same request may succeed later (timeouts, resets, 5xx, 429). */
	readonly retryable: boolean;

	constructor(code: ErrorCode, message: string, options: {retryable?: boolean; cause?: unknown} = {}) {
		super(message, {cause: options.cause});
		this.code = code;
		this.retryable = options.retryable ?? false;
	}
}

/** Strip credentials so URLs can go into messages and logs. */
export function redactUrl(url: string | URL): string {
	try {
		const u = new URL(String(url));
		if (u.username || u.password) {
			u.username = '';
			u.password = '';
		}
		return u.href;
	} catch {
		return String(url);
	}
}

/** The one line a CLI prints for any error. */
export function describeError(error: unknown): string {
	if (error instanceof NewsvaultError) return error.message;
	if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
	return String(error);
}
