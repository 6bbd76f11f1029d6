import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {Cron} from 'croner';
import {z} from 'zod';
import {NewsvaultError} from '../errors.js';
import {DEFAULT_REVISIT_POLICY, parseDuration, type RevisitPolicy} from './revisit.js';

/**
 * The crawl configuration: which sites to crawl, how politely, and when.
 *
 * @example
 * {
 *   "archive": "archive",
 *   "concurrency": 4,
 *   "sites": [{
 *     "name": "phonearena",
 *     "seeds": ["https://www.phonearena.com/news"],
 *     "feeds": ["https://www.phonearena.com/feed"],
 *     "include": ["/news/[^/]+_id\\d+$"],
 *     "schedule": "0 * * * *",
 *     "perHost": {"concurrency": 2, "delayMs": 1000}
 *   }]
 * }
 */

/** Pages archived per site per run when `maxPages` is not set: enough for a day of a busy news site, small enough to finish in minutes. */
export const DEFAULT_MAX_PAGES = 1000;
/**
 * Requests in flight across all hosts. A slot is held for the request only (up to twice
 * as many pages are extracted and written meanwhile, see page-requests.ts), so this is
 * about the network: at the default per-host rate of one request a second, 4 slots keep
 * four sites at full rate even when each takes a second to answer, and more sites when
 * they answer faster. Raise it for many sites.
 */
export const DEFAULT_CONCURRENCY = 4;
/** Requests in flight per host: most sites tolerate two without rate-limiting us. */
export const DEFAULT_HOST_CONCURRENCY = 2;
/** Gap between request starts on one host: one page a second is the common "polite crawler" rate. */
export const DEFAULT_HOST_DELAY_MS = 1000;

const httpUrl = z.string().superRefine((value, ctx) => {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		ctx.addIssue({code: 'custom', message: `not a valid URL: "${value}"`});
		return;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		ctx.addIssue({code: 'custom', message: `only http and https URLs can be crawled, got "${value}"`});
	}
});

const regex = z.string().superRefine((value, ctx) => {
	try {
		new RegExp(value);
	} catch (error) {
		const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
		ctx.addIssue({code: 'custom', message: `invalid regular expression "${value}": ${reason}`});
	}
});

const duration = z.union([z.string(), z.number()]).transform((value, ctx) => {
	const ms = parseDuration(value);
	if (ms === null) {
		ctx.addIssue({code: 'custom', message: `not a duration: "${value}" (use e.g. "90s", "15m", "6h", "1d", "2w" or milliseconds)`});
		return z.NEVER;
	}
	return ms;
});

const cron = z.string().superRefine((value, ctx) => {
	const fields = value.trim().split(/\s+/).length;
	if (fields !== 5 && fields !== 6) {
		ctx.addIssue({code: 'custom', message: `cron expression "${value}" has ${fields} fields; use 5 (minute hour day month weekday) or 6 (seconds first)`});
		return;
	}
	try {
		new Cron(value, {paused: true, mode: '5-or-6-parts'}).stop();
	} catch (error) {
		ctx.addIssue({code: 'custom', message: `invalid cron expression "${value}": ${error instanceof Error ? error.message : String(error)}`});
	}
});

const RevisitSchema = z
	.strictObject({
		/** Younger than `maxAge` → every `every`, checked youngest first. */
		tiers: z.array(z.strictObject({maxAge: duration, every: duration})).optional(),
		older: duration.optional(),
		hot: duration.optional(),
	})
	.transform(
		(value): RevisitPolicy => ({
			tiers: value.tiers ? value.tiers.map((t) => ({maxAgeMs: t.maxAge, everyMs: t.every})) : DEFAULT_REVISIT_POLICY.tiers,
			olderEveryMs: value.older ?? DEFAULT_REVISIT_POLICY.olderEveryMs,
			hotEveryMs: value.hot ?? DEFAULT_REVISIT_POLICY.hotEveryMs,
		}),
	);

const SiteSchema = z.strictObject({
	/** Names the state folder `<archive>/crawl/<name>/`, so it must be a safe file name. */
	name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'a site name is 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit'),
	/** Listing pages: fetched for discovery only, unless they match `include`. */
	seeds: z.array(httpUrl).default([]),
	/** RSS or Atom feeds: every item link is a candidate article. */
	feeds: z.array(httpUrl).default([]),
	/** Sitemaps or sitemap indexes (`.xml` or `.xml.gz`). */
	sitemaps: z.array(httpUrl).default([]),
	/** Article URLs match one of these; empty means "every same-site URL a seed, feed or sitemap lists". */
	include: z.array(regex).default([]),
	/** Never fetched; wins over `include` and `follow`. */
	exclude: z.array(regex).default([]),
	/** More listing pages to fetch for discovery (beyond `rel=next` pagination, which is always followed). */
	follow: z.array(regex).default([]),
	maxPages: z.number().int().positive().default(DEFAULT_MAX_PAGES),
	/** Cron expression, 5 fields or 6 with seconds first; used by `schedule`. */
	schedule: cron.optional(),
	perHost: z
		.strictObject({
			concurrency: z.number().int().positive().default(DEFAULT_HOST_CONCURRENCY),
			delayMs: z.number().int().min(0).default(DEFAULT_HOST_DELAY_MS),
		})
		.default({concurrency: DEFAULT_HOST_CONCURRENCY, delayMs: DEFAULT_HOST_DELAY_MS}),
	render: z.enum(['never', 'auto', 'always']).optional(),
	revisit: RevisitSchema.default(DEFAULT_REVISIT_POLICY),
	/** Also read the sitemaps robots.txt names. */
	sitemapsFromRobots: z.boolean().default(true),
});

export const CrawlConfigSchema = z.strictObject({
	/** Archive folder; relative paths are resolved against the config file's folder. */
	archive: z.string().min(1).optional(),
	concurrency: z.number().int().positive().default(DEFAULT_CONCURRENCY),
	/** Matched against robots.txt groups, and sent as the User-Agent header when set. */
	userAgent: z.string().min(1).optional(),
	respectRobots: z.boolean().default(true),
	sites: z.array(SiteSchema).min(1, 'at least one site is needed').superRefine((sites, ctx) => {
		const seen = new Set<string>();
		sites.forEach((site, index) => {
			if (seen.has(site.name)) ctx.addIssue({code: 'custom', message: `duplicate site name "${site.name}"`, path: [index, 'name']});
			seen.add(site.name);
			if (site.seeds.length + site.feeds.length + site.sitemaps.length === 0) {
				ctx.addIssue({code: 'custom', message: 'a site needs at least one of seeds, feeds or sitemaps', path: [index]});
			}
		});
	}),
});

export type CrawlConfig = z.output<typeof CrawlConfigSchema>;
export type SiteConfig = CrawlConfig['sites'][number];
/** What a config file may contain (defaults not yet applied). */
export type CrawlConfigInput = z.input<typeof CrawlConfigSchema>;

/** Validate a parsed config object; `source` names it in error messages. */
export function parseConfig(value: unknown, source = 'config'): CrawlConfig {
	const result = CrawlConfigSchema.safeParse(value);
	if (result.success) return result.data;
	throw new NewsvaultError('ERR_CONFIG', `${source}: ${describeIssues(result.error.issues)}`);
}

/** Read, parse and validate a JSON config file; `archive` is resolved against the file's folder. */
export async function loadConfig(file: string): Promise<CrawlConfig> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
		throw new NewsvaultError('ERR_CONFIG', `cannot read config "${file}": ${code}`, {cause: error});
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new NewsvaultError('ERR_CONFIG', `config "${file}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
	}
	const config = parseConfig(json, file);
	return config.archive ? {...config, archive: path.resolve(path.dirname(file), config.archive)} : config;
}

export interface CrawlFlags {
	seeds: readonly string[];
	feeds?: readonly string[];
	sitemaps?: readonly string[];
	include?: readonly string[];
	exclude?: readonly string[];
	maxPages?: number;
	concurrency?: number;
	/** Requests in flight per host. */
	hostConcurrency?: number;
	/** Gap between request starts on one host, in ms. */
	delayMs?: number;
	render?: 'never' | 'auto' | 'always';
	userAgent?: string;
	respectRobots?: boolean;
	archive?: string;
	/** @default the host of the first seed (or feed, or sitemap) */
	name?: string;
}

/** A one-site config from command-line flags (`crawl --seed URL --include REGEX`). */
export function configFromFlags(flags: CrawlFlags): CrawlConfig {
	const first = flags.seeds[0] ?? flags.feeds?.[0] ?? flags.sitemaps?.[0];
	if (!first) throw new NewsvaultError('ERR_CONFIG', 'crawl needs --config FILE or at least one --seed URL');
	let name = flags.name;
	if (!name) {
		try {
			name = new URL(first).host.replace(/:/g, '_');
		} catch {
			name = 'site';
		}
	}
	const site = {
		name,
		seeds: [...flags.seeds],
		feeds: [...(flags.feeds ?? [])],
		sitemaps: [...(flags.sitemaps ?? [])],
		include: [...(flags.include ?? [])],
		exclude: [...(flags.exclude ?? [])],
		...(flags.maxPages !== undefined ? {maxPages: flags.maxPages} : {}),
		...(flags.render ? {render: flags.render} : {}),
		perHost: {
			...(flags.hostConcurrency !== undefined ? {concurrency: flags.hostConcurrency} : {}),
			...(flags.delayMs !== undefined ? {delayMs: flags.delayMs} : {}),
		},
	};
	const result = CrawlConfigSchema.safeParse({
		...(flags.archive ? {archive: flags.archive} : {}),
		...(flags.concurrency !== undefined ? {concurrency: flags.concurrency} : {}),
		...(flags.userAgent ? {userAgent: flags.userAgent} : {}),
		...(flags.respectRobots !== undefined ? {respectRobots: flags.respectRobots} : {}),
		sites: [site],
	});
	if (result.success) return result.data;
	throw new NewsvaultError('ERR_CONFIG', describeIssues(result.error.issues, flagName));
}

type Issue = {path: readonly PropertyKey[]; message: string};

/** `sites[0].include[1]: invalid regular expression "(": …`, plus how many more problems there are. */
function describeIssues(issues: readonly Issue[], name: (path: readonly PropertyKey[]) => string = keyPath): string {
	const [first] = issues;
	if (!first) return 'invalid configuration';
	const where = name(first.path);
	const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
	return `${where ? `${where}: ` : ''}${first.message}${more}`;
}

function keyPath(parts: readonly PropertyKey[]): string {
	let out = '';
	for (const part of parts) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
	return out;
}

const FLAG_NAMES: Record<string, string> = {
	seeds: '--seed',
	feeds: '--feed',
	sitemaps: '--sitemap',
	include: '--include',
	exclude: '--exclude',
	maxPages: '--max-pages',
	concurrency: '--concurrency',
	delayMs: '--delay-ms',
	userAgent: '--user-agent',
};

/** Name the flag, not the config key, when the config came from the command line. */
function flagName(parts: readonly PropertyKey[]): string {
	const key = [...parts].reverse().find((part): part is string => typeof part === 'string' && part !== 'sites');
	return (key && FLAG_NAMES[key]) ?? keyPath(parts);
}
