import {emptyBodyNote, fenced, type Block, type Snapshot} from '../index.js';

/**
 * One body block as text: a heading marked, list items (numbered as the page numbers them) and
 * table rows one a line, a picture or an embed by its caption (else its alt text, else its
 * address) so it is not an empty line, a listing fenced as Markdown writes it, its lines as
 * printed and its language named.
 */
function blockText(block: Block): string {
	switch (block.type) {
		case 'heading':
			return `## ${block.text}`;
		case 'list': {
			const first = block.start ?? 1;
			return block.text.split('\n').map((item, index) => `${block.ordered ? `${first + index}.` : '-'} ${item}`).join('\n');
		}
		case 'table':
			// Its text already sets a row a line, cells between " | ", after the caption's line.
			return block.text;
		case 'image':
		case 'embed':
			return `[${block.type}] ${block.text || block.alt || block.src || ''}`.trimEnd();
		case 'code':
			return fenced(block.language ?? '', block.text.split('\n')).join('\n');
		default:
			return block.text;
	}
}

/**
 * A Snapshot as a person reads it in a terminal: metadata, the body one block per line, then the
 * thread, each comment's quotes as "> Ann: …" lines before its own words.
 */
export function snapshotText(snapshot: Snapshot, options: {version?: string; bodyOnly?: boolean} = {}): string {
	const {article, comments, source} = snapshot;
	const body = article.body.map(blockText);
	if (options.bodyOnly) return body.join('\n');
	const lines: string[] = [];
	lines.push(article.title ?? '(no title)');
	if (article.subtitle) lines.push(article.subtitle);
	const meta = [
		article.authors.length > 0 ? `by ${article.authors.map((a) => a.name).join(', ')}` : null,
		article.publishedAt ? `published ${article.publishedAt}` : null,
		article.modifiedAt && article.modifiedAt !== article.publishedAt ? `modified ${article.modifiedAt}` : null,
	].filter(Boolean);
	if (meta.length > 0) lines.push(meta.join(' · '));
	lines.push(`${source.finalUrl}${options.version ? `  (${options.version}, fetched ${source.fetchedAt} over ${source.mode})` : ''}`);
	lines.push('', ...(body.length > 0 ? body : [emptyBodyNote(snapshot)]), '');
	const declared = comments.declaredCount === null ? '' : ` (${comments.declaredCount} declared${comments.complete ? '' : ', incomplete'})`;
	lines.push(`${comments.items.length} comments${declared}`);
	for (const comment of comments.items) {
		const indent = '  '.repeat(comment.depth);
		const number = comment.number === null ? '' : `${comment.number}. `;
		const when = comment.postedAt ? ` · ${comment.postedAt}` : '';
		lines.push(`${indent}${number}${comment.author.name ?? '(anonymous)'}${when}`);
		// What the comment quotes comes first, as a mail reply shows it, so its own words read as an answer.
		for (const quote of comment.quotes ?? []) lines.push(`${indent}  > ${quote.author ? `${quote.author}: ` : ''}${quote.text}`);
		lines.push(`${indent}  ${comment.text}`);
	}
	for (const notice of comments.notices) lines.push(`* ${notice}`);
	return lines.join('\n');
}
