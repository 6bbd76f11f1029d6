import http from 'node:http';
import type {AddressInfo} from 'node:net';

export interface TestServer {
	/** Base URL with a trailing slash, e.g. `http://127.0.0.1:43121/`. */
	url: string;
	server: http.Server;
	close(): Promise<void>;
}

/** Start an HTTP server on loopback, port 0; tests never touch any other network. */
export async function startServer(handler: http.RequestListener): Promise<TestServer> {
	const server = http.createServer(handler);
	const sockets = new Set<import('node:net').Socket>();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		server,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
