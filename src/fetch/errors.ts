import {type ErrorCode, NewsvaultError, redactUrl} from '../errors.js';

/** What a failed request can tell a caller beyond the code: the URL, and the HTTP status when there was one. */
export interface FetchErrorDetails {
	url: string | URL;
	status?: number;
	/** How long the server asked us to wait (`Retry-After`), in milliseconds. */
	retryAfterMs?: number;
	retryable?: boolean;
	cause?: unknown;
}

/**
 * A failed fetch. The message is one line, `[GET] "url": what happened`, with credentials
 * stripped from the URL; `url` is the hop that failed (after any redirects).
 */
export class FetchError extends NewsvaultError {
	override readonly name: string = 'FetchError';
	/** The URL that failed, credentials stripped. */
	readonly url: string;
	readonly status?: number;
	readonly retryAfterMs?: number;

	constructor(code: ErrorCode, problem: string, details: FetchErrorDetails) {
		super(code, `${requestLabel(details.url)}: ${problem}`, {retryable: details.retryable ?? false, cause: details.cause});
		this.url = redactUrl(details.url);
		if (details.status !== undefined) this.status = details.status;
		if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
	}
}

/** The `[GET] "url"` prefix every fetch message starts with. */
export function requestLabel(url: string | URL): string {
	return `[GET] "${redactUrl(url)}"`;
}
