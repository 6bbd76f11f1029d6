import {mkdir, open, readFile, readdir, stat, unlink} from 'node:fs/promises';
import {hostname} from 'node:os';
import path from 'node:path';
import {z} from 'zod';
import {writeFileAtomic} from '../archive/atomic.js';
import {NewsvaultError} from '../errors.js';
import type {FrontierSnapshot} from './frontier.js';
import {JournalWriter, parseJournal, type JournalEvent} from './journal.js';
import type {ArticleRecord} from './revisit.js';

/**
 * A site's crawl state on disk, under `<archive>/crawl/<site>/`:
 *
 * ```
 * state.json            checkpoint: the current run and its frontier, and every archived article's record
 * journal-<gen>.jsonl   what happened since checkpoint <gen> (see journal.ts)
 * .lock                 held by the process crawling the site
 * runs/<time>.json      one report per run
 * ```
 *
 * A checkpoint bumps the generation: the new journal starts empty and older ones are
 * deleted, so a crash between the two steps replays nothing twice.
 */

export const STATE_VERSION = 1;
export const CRAWL_DIR = 'crawl';

const EntryKindSchema = z.enum(['article', 'listing', 'feed', 'sitemap']);

const StateSchema = z.object({
	version: z.literal(STATE_VERSION),
	site: z.string(),
	generation: z.number().int().min(0),
	run: z
		.object({
			id: z.string(),
			startedAt: z.string(),
			status: z.enum(['running', 'interrupted', 'finished']),
		})
		.nullable(),
	/** When the last run that finished had started: sitemaps not modified since are not read again. */
	lastFinishedRunAt: z.string().nullable().default(null),
	frontier: z
		.object({
			pending: z.array(
				z.object({url: z.string(), kind: EntryKindSchema, attempts: z.number().int(), revisit: z.boolean(), notBefore: z.number().optional()}),
			),
			done: z.array(z.object({url: z.string(), kind: EntryKindSchema})),
			failed: z.array(z.object({url: z.string(), kind: EntryKindSchema, code: z.string()})),
			skipped: z.array(z.string()),
		})
		.nullable(),
	articles: z.record(
		z.string(),
		z.object({
			firstSeen: z.string(),
			publishedAt: z.string().nullable(),
			lastVisit: z.string(),
			comments: z.number().nullable(),
			commentsGrew: z.boolean(),
		}),
	),
});

export type RunInfo = NonNullable<z.infer<typeof StateSchema>['run']>;

export interface SiteState {
	version: typeof STATE_VERSION;
	site: string;
	generation: number;
	run: RunInfo | null;
	lastFinishedRunAt: string | null;
	frontier: FrontierSnapshot | null;
	articles: Record<string, ArticleRecord>;
}

export interface LoadedState {
	state: SiteState;
	/** Journal events written after the checkpoint, to replay on top of it. */
	journal: JournalEvent[];
}

/** The files of one site's crawl state; holds the site's lock from `open` to `close`. */
export class SiteStateFiles {
	readonly dir: string;
	readonly site: string;
	#journal: JournalWriter | null = null;
	#generation = 0;
	/** Checkpoints are written one at a time, in the order they were taken. */
	#writing: Promise<void> = Promise.resolve();

	private constructor(dir: string, site: string) {
		this.dir = dir;
		this.site = site;
	}

	/** Lock the site's state folder and read its state (empty when the site was never crawled). */
	static async open(archiveDir: string, site: string): Promise<{files: SiteStateFiles; loaded: LoadedState}> {
		const dir = path.join(archiveDir, CRAWL_DIR, site);
		await mkdir(path.join(dir, 'runs'), {recursive: true}).catch((error: unknown) => {
			throw ioError(`cannot create "${dir}"`, error);
		});
		const files = new SiteStateFiles(dir, site);
		await acquireLock(path.join(dir, '.lock'), site);
		try {
			const loaded = await files.#read();
			files.#generation = loaded.state.generation;
			return {files, loaded};
		} catch (error) {
			await releaseLock(path.join(dir, '.lock'));
			throw error;
		}
	}

	/** The journal writer; after a checkpoint it appends to the new generation's file. */
	journal(): JournalWriter {
		this.#journal ??= new JournalWriter(this.#journalFile(this.#generation));
		return this.#journal;
	}

	/**
	 * Make `state` the new checkpoint. Call it in the same tick the state was taken: the
	 * journal moves to the next generation before this returns its promise, so every
	 * later event lands in the new journal, which is replayed on top of this checkpoint
	 * (or, if the process dies before the checkpoint is on disk, on top of the old one
	 * after the old journal).
	 */
	checkpoint(state: Omit<SiteState, 'generation' | 'version' | 'site'>): Promise<void> {
		this.#generation += 1;
		const generation = this.#generation;
		this.journal().rotate(this.#journalFile(generation));
		const text = JSON.stringify({version: STATE_VERSION, site: this.site, generation, ...state} satisfies SiteState);
		const write = async (): Promise<void> => {
			const file = path.join(this.dir, 'state.json');
			try {
				await writeFileAtomic(file, text);
			} catch (error) {
				throw ioError(`cannot write "${file}"`, error);
			}
			await this.#removeJournalsBefore(generation);
		};
		this.#writing = this.#writing.then(write, write);
		return this.#writing;
	}

	/** Write a run report to `runs/<startedAt>.json`; returns its path. */
	async writeReport(startedAt: string, report: unknown): Promise<string> {
		const file = path.join(this.dir, 'runs', `${startedAt.replace(/:/g, '-')}.json`);
		try {
			await writeFileAtomic(file, `${JSON.stringify(report, null, 2)}\n`);
		} catch (error) {
			throw ioError(`cannot write run report "${file}"`, error);
		}
		return file;
	}

	async close(): Promise<void> {
		await this.#writing.catch(() => undefined);
		this.#journal?.close();
		this.#journal = null;
		await releaseLock(path.join(this.dir, '.lock'));
	}

	async #read(): Promise<LoadedState> {
		const file = path.join(this.dir, 'state.json');
		const text = await readFile(file, 'utf8').catch((error: unknown) => {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw ioError(`cannot read "${file}"`, error);
		});
		if (text === null) {
			return {state: {version: STATE_VERSION, site: this.site, generation: 0, run: null, lastFinishedRunAt: null, frontier: null, articles: {}}, journal: await this.#readJournals(0)};
		}
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `crawl state "${file}" is not valid JSON; delete it to start the site over`, {cause: error});
		}
		const parsed = StateSchema.safeParse(value);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
			throw new NewsvaultError('ERR_ARCHIVE_CORRUPT', `crawl state "${file}" is not a newsvault crawl state (${where}); delete it to start the site over`);
		}
		const state: SiteState = parsed.data as SiteState;
		return {state, journal: await this.#readJournals(state.generation)};
	}

	/** Events of every journal from `generation` on, oldest first. */
	async #readJournals(generation: number): Promise<JournalEvent[]> {
		const events: JournalEvent[] = [];
		for (const {gen, name} of await this.#journals()) {
			if (gen < generation) continue;
			const file = path.join(this.dir, name);
			const text = await readFile(file, 'utf8').catch((error: unknown) => {
				throw ioError(`cannot read "${file}"`, error);
			});
			events.push(...parseJournal(text));
		}
		return events;
	}

	async #removeJournalsBefore(generation: number): Promise<void> {
		for (const {gen, name} of await this.#journals()) {
			if (gen < generation) await unlink(path.join(this.dir, name)).catch(() => undefined);
		}
	}

	async #journals(): Promise<Array<{gen: number; name: string}>> {
		const names = await readdir(this.dir).catch((error: unknown) => {
			throw ioError(`cannot list "${this.dir}"`, error);
		});
		return names
			.map((name) => ({name, gen: Number(/^journal-(\d+)\.jsonl$/.exec(name)?.[1] ?? Number.NaN)}))
			.filter(({gen}) => Number.isInteger(gen))
			.sort((a, b) => a.gen - b.gen);
	}

	#journalFile(generation: number): string {
		return path.join(this.dir, `journal-${generation}.jsonl`);
	}
}

/** A lock file is written right after it is created; one still empty after this long lost its writer. */
const UNWRITTEN_LOCK_MS = 10_000;

interface LockOwner {
	pid: number;
	host: string;
	at: string;
}

/**
 * One process crawls a site at a time. A crawl can run for hours, so the lock has no
 * age limit; it is broken only when its owner is on this host and no longer running
 * (a crash or `kill -9`), which is exactly the case `--resume` must recover from.
 */
async function acquireLock(file: string, site: string): Promise<void> {
	const owner: LockOwner = {pid: process.pid, host: hostname(), at: new Date().toISOString()};
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const handle = await open(file, 'wx');
			await handle.writeFile(JSON.stringify(owner));
			await handle.close();
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(`cannot create lock "${file}"`, error);
		}
		const holder = await readOwner(file);
		if (!holder && (await ageMs(file)) < UNWRITTEN_LOCK_MS) {
			throw new NewsvaultError('ERR_ARCHIVE_LOCKED', `site "${site}" is being crawled by another process (lock "${file}" was just created)`);
		}
		if (holder && (holder.host !== owner.host || isAlive(holder.pid))) {
			throw new NewsvaultError(
				'ERR_ARCHIVE_LOCKED',
				`site "${site}" is being crawled by process ${holder.pid} on ${holder.host} since ${holder.at}; wait for it, or delete "${file}" if that process is gone`,
			);
		}
		await unlink(file).catch(() => undefined);
	}
	throw new NewsvaultError('ERR_ARCHIVE_LOCKED', `site "${site}": another process keeps taking the lock "${file}"`);
}

async function ageMs(file: string): Promise<number> {
	try {
		return Date.now() - (await stat(file)).mtimeMs;
	} catch {
		return Number.POSITIVE_INFINITY;
	}
}

async function readOwner(file: string): Promise<LockOwner | null> {
	try {
		const value = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
		if (typeof value.pid === 'number' && typeof value.host === 'string') return {pid: value.pid, host: value.host, at: String(value.at)};
	} catch {
		// An empty or torn lock file: its writer died between create and write.
	}
	return null;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

async function releaseLock(file: string): Promise<void> {
	const holder = await readOwner(file);
	if (holder?.pid === process.pid) await unlink(file).catch(() => undefined);
}

function ioError(problem: string, error: unknown): NewsvaultError {
	const code = (error as NodeJS.ErrnoException).code;
	return new NewsvaultError('ERR_ARCHIVE_IO', `${problem}: ${code ?? (error instanceof Error ? error.message : String(error))}`, {cause: error});
}
