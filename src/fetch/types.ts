/** What one fetch of one URL produced; the input of `extract`. */
export interface Page {
	/** The URL that was asked for. */
	url: string;
	/** The URL after redirects. */
	finalUrl: string;
	/** Every hop, the requested URL first, the final URL last. */
	redirects: string[];
	status: number;
	statusText: string;
	/** Response headers, names lower-cased. */
	headers: Record<string, string>;
	/** The raw body bytes as received (after content-encoding is undone). */
	body: Uint8Array;
	/** The body decoded with `charset`. */
	html: string;
	/** The charset the body was decoded with, lower-case (e.g. `utf-8`, `windows-1252`). */
	charset: string;
	/** Where the charset came from. */
	charsetSource: 'header' | 'bom' | 'meta' | 'sniff' | 'default';
	contentType: string | null;
	/** ISO 8601 time the response started. */
	fetchedAt: string;
	timing: {startMs: number; firstByteMs: number | null; totalMs: number};
	mode: 'http' | 'browser';
	/** Rendered-page evidence from the browser fetcher, when asked for. */
	evidence?: {screenshot?: Uint8Array; renderedHtml?: string};
}

export interface FetchRequest {
	url: string | URL;
	signal?: AbortSignal;
	/** Extra request headers (e.g. If-None-Match for conditional re-visits). */
	headers?: Record<string, string>;
}

/** The one-method contract both the HTTP and the browser fetcher implement. */
export interface Fetcher {
	fetch(request: FetchRequest): Promise<Page>;
}
