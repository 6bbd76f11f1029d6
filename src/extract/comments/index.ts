import type {CheerioAPI} from 'cheerio';
import type {Element} from 'domhandler';
import type {Comments} from '../../snapshot/schema.js';
import type {DateContext} from '../document/dates.js';
import {anyMatches, selectAll} from '../document/fast-select.js';
import type {JsonLd} from '../document/json-ld.js';
import type {CommentRules, SiteProfile} from '../profiles/types.js';
import {readDeclaredCount, readNotices} from './declared.js';
import {readJsonLdComments} from './json-ld.js';
import {COMMENT_PLATFORMS} from './platforms.js';
import type {OpeningPost, RawComment, ThreadFinding} from './raw.js';
import {readThreadWithRules} from './rules.js';
import type {RuleContext} from './rules.js';
import {findNumberedHeaderThread} from './numbered-headers.js';
import {findStructuralThread} from './structural.js';
import {settleThread} from './thread.js';

/**
 * The comment cascade: the site profile's rules; else the best of JSON-LD comments,
 * schema.org microdata and the known platforms (most comments wins, earlier wins ties);
 * else the structural fallback; else comments announced by numbered header lines. The thread's containers are reported so the caller can
 * remove them before reading the article: comments never leak into the body.
 */

export interface CommentsInput {
	profile: SiteProfile | null;
	jsonLd: JsonLd;
	baseUrl: string;
	dates: DateContext;
}

export interface CommentsResult {
	comments: Comments;
	/** Which stage produced the items (`none` when the page holds no comments). */
	stage: string;
	/** Elements holding the thread (including an empty one a profile names). */
	containers: Element[];
	/** A forum thread's opening post, left in the page: the article and its author. */
	openingPost: OpeningPost | null;
	/** Page 2 or later of a forum thread: its article, the opening post, is on the first page. */
	continued: boolean;
	warnings: string[];
}

/** schema.org Comment microdata (UserComments is the older type). */
const MICRODATA_RULES: CommentRules = {
	container: 'body',
	item: '[itemtype*="schema.org/Comment" i], [itemtype*="schema.org/UserComments" i]',
	id: {attribute: 'id'},
	author: '[itemprop="author"] [itemprop="name"], [itemprop="creator"] [itemprop="name"], [itemprop="author"], [itemprop="creator"]',
	authorUrl: '[itemprop="author"] [itemprop="url"], [itemprop="author"] a[href]',
	postedAt: '[itemprop="dateCreated"], [itemprop="datePublished"], [itemprop="commentTime"]',
	text: '[itemprop="text"], [itemprop="commentText"], [itemprop="description"]',
	score: '[itemprop="upvoteCount"]',
};

export function extractComments($: CheerioAPI, input: CommentsInput): CommentsResult {
	const context: RuleContext = {baseUrl: input.baseUrl, dates: input.dates};
	const rules = input.profile?.comments;
	const warnings: string[] = [];
	let profileContainers: Element[] = [];
	let finding: ThreadFinding | null = null;

	if (rules) {
		const thread = readThreadWithRules($, rules, context);
		profileContainers = thread.containers;
		if (thread.items.length > 0) finding = {stage: 'profile', items: thread.items, containers: thread.containers, openingPost: thread.openingPost, continued: thread.continued};
	}
	if (!finding) {
		finding = bestGenericFinding($, input, context);
		// Drift: the profile's thread rules match nothing, yet the page holds a thread.
		if (rules && finding) warnings.push(`profile comment rules (item "${rules.item}") matched no comments; fell back to generic rules (${finding.stage}, ${finding.items.length} comments)`);
	}

	const containers = [...new Set([...(finding?.containers ?? []), ...profileContainers])];
	const items = finding?.items ?? [];
	const itemNodes = items.map((item) => item.node).filter((node): node is Element => node !== null);
	const declaredCount = readDeclaredCount($, rules ?? finding?.rules, input.jsonLd, input.baseUrl, containers, itemNodes);
	const notices = readNotices($, rules, containers, itemNodes);
	const comments = settleThread(items, declaredCount, notices);

	if (!comments.complete && declaredCount !== null) warnings.push(`comments: the page declares ${declaredCount}, ${items.length} are in the HTML`);
	return {comments, stage: finding?.stage ?? 'none', containers, openingPost: finding?.openingPost ?? null, continued: finding?.continued ?? false, warnings};
}

function bestGenericFinding($: CheerioAPI, input: CommentsInput, context: RuleContext): ThreadFinding | null {
	const candidates: ThreadFinding[] = [];
	const fromLd = readJsonLdComments(input.jsonLd, input.baseUrl, input.dates);
	const microdata = readThreadWithRules($, MICRODATA_RULES, context);
	const microdataFinding: ThreadFinding = {stage: 'microdata', items: microdata.items, containers: microdata.containers};
	let platformFinding: ThreadFinding | null = null;
	// One walk finds every platform's containers; only platforms present are read (a query per platform was a walk each).
	const platformContainers = selectAll($, COMMENT_PLATFORMS.map((platform) => platform.rules.container).join(', '));
	for (const platform of COMMENT_PLATFORMS) {
		if (!anyMatches($, platformContainers, platform.rules.container)) continue;
		const thread = readThreadWithRules($, platform.rules, context);
		if (thread.items.length > 0 && (!platform.loose || thread.items.some(namesWriterOrTime))) {
			platformFinding = {stage: `platform:${platform.name}`, items: thread.items, containers: thread.containers, openingPost: thread.openingPost, continued: thread.continued, rules: platform.rules};
			break;
		}
	}
	const domFinding = [microdataFinding, platformFinding].filter((f): f is ThreadFinding => !!f && f.items.length > 0).sort((a, b) => b.items.length - a.items.length)[0];
	// JSON-LD comments have no elements; the DOM rendering of the same thread still has to leave the body.
	if (fromLd.length > 0) candidates.push({stage: 'json-ld', items: fromLd, containers: domFinding?.containers ?? []});
	if (microdataFinding.items.length > 0) candidates.push(microdataFinding);
	if (platformFinding) candidates.push(platformFinding);
	let best: ThreadFinding | null = null;
	// On a tie, a forum platform wins: it read the same replies as the microdata beside them
	// (Discourse marks its replies as schema.org Comments), and it knows which post is the
	// article, which the microdata's container would take along, or that this page has none.
	// Its opening post counts as read: NodeBB marks that one as a Comment too.
	const postsRead = (finding: ThreadFinding): number => finding.items.length + (finding.openingPost ? 1 : 0);
	const knowsForum = (finding: ThreadFinding): boolean => !!finding.openingPost || !!finding.continued;
	for (const candidate of candidates) if (!best || postsRead(candidate) > postsRead(best) || (postsRead(candidate) === postsRead(best) && knowsForum(candidate) && !knowsForum(best))) best = candidate;
	if (best) return best;
	const structural = findStructuralThread($, context);
	if (structural) return {stage: 'structural', ...structural};
	const numbered = findNumberedHeaderThread($, context);
	return numbered ? {stage: 'numbered-headers', items: numbered.items, containers: numbered.containers} : null;
}

/** Whether a comment says who wrote it or when (see `CommentPlatform.loose`). */
function namesWriterOrTime(comment: RawComment): boolean {
	return !!comment.author.name || comment.postedAt !== null;
}
