import http from 'node:http';
import type {AddressInfo} from 'node:net';
import type {ArchiveStore} from '../archive/index.js';
import {NewsvaultError} from '../errors.js';
import {createViewer} from './viewer.js';

export const DEFAULT_HOST = '127.0.0.1';
/** Default port: above the well-known range and clear of the usual dev-server ports (3000, 5173, 8000, 8080). */
export const DEFAULT_PORT = 8321;

export interface ServeOptions {
	/** 0 picks a free port. @default DEFAULT_PORT */
	port?: number;
	/** @default '127.0.0.1': only this machine can reach the archive. */
	host?: string;
	/** Aborting it stops the server, like calling `close()`. */
	signal?: AbortSignal;
}

export interface RunningViewer {
	/** Base URL with a trailing slash, e.g. `http://127.0.0.1:8321/`. */
	url: string;
	/** Stop listening and drop open connections; resolves when the server is closed. */
	close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Serve the archive viewer until `close()` or the signal; rejects when the address cannot be bound. */
export async function serve(store: ArchiveStore, options: ServeOptions = {}): Promise<RunningViewer> {
	const host = options.host ?? DEFAULT_HOST;
	const port = options.port ?? DEFAULT_PORT;
	const viewer = createViewer(store);
	// Bound to loopback, the viewer answers only requests addressed to loopback names, so a web page
	// cannot read the archive through a DNS-rebound name pointing at 127.0.0.1.
	const listener: http.RequestListener = LOOPBACK_HOSTS.has(host)
		? (request, response) => {
				if (isLoopbackHostHeader(request.headers.host)) return viewer(request, response);
				response.writeHead(403, {'content-type': 'text/plain; charset=utf-8'}).end('newsvault serve answers only requests to localhost or 127.0.0.1\n');
			}
		: viewer;
	const server = http.createServer(listener);
	await new Promise<void>((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
		server.listen(port, host, () => resolve());
	});
	const address = server.address() as AddressInfo;
	const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	let closing: Promise<void> | undefined;
	const close = (): Promise<void> => {
		closing ??= new Promise<void>((resolve) => {
			options.signal?.removeEventListener('abort', onAbort);
			server.close(() => resolve());
			server.closeAllConnections();
		});
		return closing;
	};
	const onAbort = (): void => void close();
	if (options.signal?.aborted) await close();
	else options.signal?.addEventListener('abort', onAbort, {once: true});
	return {url: `http://${shownHost}:${address.port}/`, close};
}

function isLoopbackHostHeader(header: string | undefined): boolean {
	if (!header) return false;
	const name = header.startsWith('[') ? header.slice(1, header.indexOf(']')) : header.replace(/:\d+$/, '');
	return LOOPBACK_HOSTS.has(name.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(name);
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): NewsvaultError {
	const why =
		error.code === 'EADDRINUSE'
			? `port ${port} is already in use; pick another with --port (0 picks a free one)`
			: error.code === 'EACCES'
				? `not allowed to listen on port ${port}; use a port above 1023`
				: error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
					? `"${host}" is not an address of this machine`
					: error.message;
	return new NewsvaultError('ERR_NETWORK', `cannot serve on ${host}:${port}: ${why}`, {cause: error});
}
