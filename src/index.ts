/**
 * newsvault's library API: the same steps the CLI runs, typed.
 *
 * @example
 * import {archiveUrl, ArchiveStore, HttpFetcher} from 'newsvault';
 * const store = await ArchiveStore.open('archive');
 * const outcome = await archiveUrl('https://example.com/news/1', {fetcher: new HttpFetcher(), store});
 * console.log(outcome.change, outcome.version, outcome.comments);
 */
export {VERSION} from './version.js';
export {NewsvaultError, describeError, redactUrl, type ErrorCode} from './errors.js';

export * from './snapshot/schema.js';
export {contentHash, emptyBodyNote} from './snapshot/content.js';
export {fenced} from './snapshot/code-fence.js';

export type {Page, FetchRequest, Fetcher} from './fetch/types.js';
export {HttpFetcher, type HttpFetcherOptions, parseHttpUrl, fetchPage, FetchError, DEFAULT_USER_AGENT} from './fetch/index.js';
export {pageFromBytes, type PageFromBytesInput} from './fetch/from-bytes.js';
export {HTML_CONTENT_TYPES} from './fetch/index.js';
export {BrowserFetcher, type BrowserFetcherOptions} from './fetch/browser.js';
export {closeBrowserOnSignals} from './fetch/browser-signals.js';
export {
	findChromium,
	requireChromium,
	chromiumLaunchOptions,
	CHROMIUM_ARGS,
	type ChromiumInstall,
	type ChromiumSource,
	type ChromiumLaunchSettings,
} from './fetch/chromium.js';
export {expandThread, type ExpandOptions, type ExpandReport} from './fetch/expand-thread.js';
export {DEFAULT_THREAD_RULES, mergeThreadRules, type ThreadRules} from './fetch/browser-thread-rules.js';
export {fetchCommentPages, type CommentsEndpointRule, type CommentPagesOptions, type CommentPagesReport} from './fetch/comments-endpoint.js';

export {extract, commentsEndpoint, parseDateTime, EXTRACTOR_VERSION} from './extract/index.js';
export type {ExtractResult, ExtractOptions, ExtractFailureReason} from './extract/types.js';
export {defaultProfiles, matchProfile, matchProfileBySiteName} from './extract/profiles/index.js';
export type {SiteProfile} from './extract/profiles/types.js';

export {ArchiveStore, exportWarc, exportJsonl, type ExportSummary} from './archive/index.js';
export type {VersionInfo, VisitRecord, StoredVersion, PutInput, PutResult, VerifyReport, ChangeKind} from './archive/index.js';

export {
	diffSnapshots,
	summarizeChange,
	hasChanges,
	commentTimeline,
	formatText,
	formatJson,
	formatMarkdown,
	formatHtml,
	IGNORABLE_FIELDS,
	type ChangeReport,
	type DiffOptions,
	type CommentLife,
} from './diff/index.js';

export {archiveUrl, type ArchiveOutcome, type ArchiveUrlOptions, type PipelineDeps, type Change} from './pipeline/index.js';
export {RENDER_MODES, browserReason, commentsEndpointRule, type RenderMode} from './pipeline/render.js';

export {
	crawl,
	DISCOVERY_CONTENT_TYPES,
	loadConfig,
	parseConfig,
	configFromFlags,
	createProgressRenderer,
	formatProgress,
	normalizeUrl,
	discoverLinks,
	MemoryFrontier,
	DEFAULT_REVISIT_POLICY,
	isDue,
	nextVisitAt,
	type CrawlDeps,
	type CrawlOptions,
	type CrawlConfig,
	type SiteConfig,
	type CrawlFlags,
	type CrawlSummary,
	type SiteRunSummary,
	type CrawlCounts,
	type CrawlProgress,
	type OutcomeInfo,
	type RevisitMode,
	type RevisitPolicy,
	type ArticleRecord,
	type Frontier,
	type FrontierEntry,
	type FrontierSnapshot,
	type CrawlTime,
} from './crawl/index.js';
export {schedule, type ScheduleDeps, type ScheduleOptions} from './schedule/index.js';
export {createViewer, serve, DEFAULT_HOST as SERVE_DEFAULT_HOST, DEFAULT_PORT as SERVE_DEFAULT_PORT, type ServeOptions, type RunningViewer} from './serve/index.js';
