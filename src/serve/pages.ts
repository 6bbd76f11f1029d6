import type {VersionInfo} from '../archive/index.js';
import type {CommentLife} from '../diff/index.js';
import {describeComment, describeTime} from '../diff/format/describe.js';
import {emptyBodyNote} from '../snapshot/content.js';
import type {Block, Comment, CommentQuote, Snapshot} from '../snapshot/schema.js';
import {escapeHtml, externalLink, href, page} from './layout.js';

/** One row of the front page. */
export interface UrlEntry {
	url: string;
	/** Title of the latest version, or null when it has none (or extraction failed). */
	title: string | null;
	versions: number;
	lastSeen: string;
}

export function indexPage(entries: readonly UrlEntry[]): string {
	if (entries.length === 0) {
		return page('Archive', '<h1>Archive</h1><p>The archive is empty. Add a page with <code>newsvault archive &lt;url&gt;</code>.</p>');
	}
	const rows = entries.map(
		(entry) =>
			`<tr><td><a href="${href('/url', {u: entry.url})}">${escapeHtml(entry.title ?? '(untitled)')}</a><br><span class="muted url">${escapeHtml(entry.url)}</span></td>` +
			`<td>${entry.versions}</td><td>${escapeHtml(describeTime(entry.lastSeen))}</td></tr>`,
	);
	return page(
		'Archive',
		`<h1>Archive</h1><p class="muted">${entries.length} URL${entries.length === 1 ? '' : 's'}</p>` +
			`<table><thead><tr><th>Article</th><th>Versions</th><th>Last seen</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
	);
}

export function historyPage(url: string, title: string | null, versions: readonly VersionInfo[], lives: readonly CommentLife[]): string {
	const rows = versions.map((version, index) => {
		const previous = versions[index - 1];
		const seen = version.firstSeen === version.lastSeen ? describeTime(version.firstSeen) : `${describeTime(version.firstSeen)} → ${describeTime(version.lastSeen)}`;
		const diff = previous ? `<a href="${href('/diff', {u: url, from: previous.id, to: version.id})}">diff ${escapeHtml(previous.id)} → ${escapeHtml(version.id)}</a>` : '';
		return (
			`<tr><td><a href="${href('/version', {u: url, v: version.id})}">${escapeHtml(version.id)}</a></td><td>${escapeHtml(seen)}</td>` +
			`<td>${version.visits}</td><td>${version.status}</td><td>${escapeHtml(version.summary ?? (previous ? '' : 'first version'))}</td><td>${diff}</td></tr>`
		);
	});
	const removed = lives.filter((life) => life.removedIn !== null);
	const timeline =
		removed.length === 0
			? '<p>No comment has disappeared between versions.</p>'
			: `<table><thead><tr><th>Comment</th><th>Seen in</th><th>Gone in</th></tr></thead><tbody>${removed.map((life) => removedRow(url, life)).join('')}</tbody></table>`;
	return page(
		title ?? url,
		`<h1>${escapeHtml(title ?? '(untitled)')}</h1><p class="url">${externalLink(url, url)}</p>` +
			`<h2>Versions (${versions.length})</h2><table><thead><tr><th>Version</th><th>Seen</th><th>Visits</th><th>HTTP</th><th>What changed</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
			`<h2>Removed comments (${removed.length} of ${lives.length})</h2>${timeline}`,
	);
}

function removedRow(url: string, {comment, firstSeen, lastSeen, removedIn}: CommentLife): string {
	const seen = firstSeen === lastSeen ? firstSeen : `${firstSeen}–${lastSeen}`;
	const gone = removedIn === null ? '' : `<a href="${href('/diff', {u: url, from: lastSeen, to: removedIn})}">${escapeHtml(removedIn)}</a>`;
	return `<tr><td><strong>${escapeHtml(describeComment(comment))}</strong><p class="text">${escapeHtml(comment.text)}</p></td><td>${escapeHtml(seen)}</td><td>${gone}</td></tr>`;
}

/** A version's snapshot as a reader would want it: the article, then the thread indented by depth. */
export function versionPage(url: string, version: VersionInfo, snapshot: Snapshot): string {
	const {article, comments, source, extractor} = snapshot;
	const meta = [
		article.authors.length > 0 ? `by ${article.authors.map((author) => author.name).join(', ')}` : null,
		article.publishedAt ? `published ${describeTime(article.publishedAt)}` : null,
		article.modifiedAt ? `modified ${describeTime(article.modifiedAt)}` : null,
		article.section,
		article.tags.length > 0 ? `tags: ${article.tags.join(', ')}` : null,
		`${article.wordCount} words`,
	].filter((part): part is string => part !== null);
	const declared = comments.declaredCount === null ? 'no declared count' : `${comments.declaredCount} declared`;
	const completeness = comments.complete ? 'complete' : 'incomplete: some declared comments were not captured';
	const gaps = comments.gaps && comments.gaps.length > 0 ? `<p class="muted">Numbers skipped (hidden or deleted): ${comments.gaps.join(', ')}</p>` : '';
	return page(
		`${article.title ?? url} (${version.id})`,
		`<h1>${escapeHtml(article.title ?? '(untitled)')}</h1>` +
			(article.subtitle ? `<p><em>${escapeHtml(article.subtitle)}</em></p>` : '') +
			`<p class="muted">${escapeHtml(meta.join(' · '))}</p>` +
			`<p class="muted">Version ${escapeHtml(version.id)} of ${externalLink(url, url)}, fetched ${escapeHtml(describeTime(source.fetchedAt))} (HTTP ${source.status}, ${escapeHtml(source.mode)}; extractor ${escapeHtml(extractor.name)} ${escapeHtml(extractor.version)}) · ` +
			`<a href="${href('/url', {u: url})}">history</a> · <a href="${href('/version.json', {u: url, v: version.id})}">raw JSON</a></p>` +
			`<h2>Article</h2>${article.body.length > 0 ? article.body.map(blockHtml).join('\n') : `<p class="muted">${escapeHtml(emptyBodyNote(snapshot))}</p>`}` +
			`<h2>Comments (${comments.items.length} captured, ${escapeHtml(declared)}; ${escapeHtml(completeness)})</h2>` +
			comments.notices.map((notice) => `<p class="notice">${escapeHtml(notice)}</p>`).join('') +
			gaps +
			comments.items.map(commentHtml).join('\n'),
	);
}

function blockHtml(block: Block): string {
	const text = escapeHtml(block.text);
	const links = block.links.length > 0 ? `<p class="muted">Links: ${block.links.map((link) => externalLink(link.href, link.text || link.href)).join(', ')}</p>` : '';
	switch (block.type) {
		case 'heading': {
			// Article headings sit below the page's h1 and its "Article" h2, so an article h2 becomes h3.
			const level = Math.min(6, (block.level ?? 2) + 1);
			return `<h${level}>${text}</h${level}>`;
		}
		case 'quote':
			return `<blockquote class="text">${text}</blockquote>${links}`;
		case 'list': {
			const items = block.text.split('\n').map((item) => `<li>${escapeHtml(item)}</li>`).join('');
			return block.ordered ? `<ol${block.start === undefined ? '' : ` start="${block.start}"`}>${items}</ol>${links}` : `<ul>${items}</ul>${links}`;
		}
		case 'table':
			return `${tableHtml(block)}${links}`;
		case 'code':
			// Lines and indentation as printed; the class is the language as highlighters name it.
			return `<pre class="code"><code${block.language ? ` class="language-${escapeHtml(block.language)}"` : ''}>${text}</code></pre>${links}`;
		case 'image':
		case 'embed':
			// Shown as a link, never loaded: the viewer makes no request outside the archive.
			return `<p class="muted">[${block.type}] ${block.src ? externalLink(block.src, block.text || block.alt || block.src) : text}</p>`;
		default:
			return `<p class="text">${text}</p>${links}`;
	}
}

/**
 * A table block as an HTML table. Cells are all `<td>`: the snapshot keeps which row came first,
 * not which cells were headers. A table without rows (from a tool writing text only) shows its text.
 */
function tableHtml(block: Block): string {
	if (!block.rows) return `<p class="text">${escapeHtml(block.text)}</p>`;
	const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
	const rows = block.rows.map((cells) => `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
	return `<table>${caption}${rows.join('')}</table>`;
}

/** Indentation per reply level; capped so a deep thread stays readable on a narrow window. */
const INDENT_REM_PER_DEPTH = 1.5;
const MAX_INDENT_DEPTH = 8;

function commentHtml(comment: Comment): string {
	const indent = Math.min(comment.depth, MAX_INDENT_DEPTH) * INDENT_REM_PER_DEPTH;
	const author = comment.author;
	const about = [
		author.postCount === null ? null : `Posts: ${author.postCount}`,
		author.memberSince === null ? null : `Member since: ${author.memberSince}`,
		comment.score === null ? null : `score ${comment.score}`,
	].filter((part): part is string => part !== null);
	const name = author.url ? externalLink(author.url, describeComment(comment)) : escapeHtml(describeComment(comment));
	return (
		`<article class="comment" id="c-${escapeHtml(comment.id)}" style="margin-left:${indent}rem">` +
		`<p class="by"><strong>${name}</strong>${about.length > 0 ? ` · ${escapeHtml(about.join(' · '))}` : ''}</p>` +
		(comment.quotes ?? []).map(quoteHtml).join('') +
		`<p class="text">${escapeHtml(comment.text)}</p></article>`
	);
}

/** A quoted post as the forum draws it: a box before the reply, its poster named atop it. */
function quoteHtml(quote: CommentQuote): string {
	const by = quote.author ? `<p class="by">${escapeHtml(quote.author)}:</p>` : '';
	return `<blockquote class="quote">${by}<p class="text">${escapeHtml(quote.text)}</p></blockquote>`;
}

/** An error page; `message` is the store's one-line explanation. */
export function errorPage(status: number, heading: string, message: string): string {
	return page(`${status} ${heading}`, `<h1>${status} ${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p>`);
}
