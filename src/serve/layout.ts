import {escapeHtml} from '../diff/format/html.js';

export {escapeHtml};

/**
 * One small inline stylesheet for every page: the viewer loads nothing from anywhere, so it
 * works offline and an archived page can never make the browser call out. System fonts; light
 * and dark schemes.
 */
const STYLE = `
:root { color-scheme: light dark; --muted: #666; --line: #ddd; --warn: #fff3c4; --del: #fbd9d9; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --line: #444; --warn: #4d4210; --del: #5a2323; } }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
nav { font-size: .9rem; margin-bottom: 1rem; } h1 { font-size: 1.4rem; } h2 { border-bottom: 1px solid var(--line); margin-top: 2rem; }
.muted, .by { color: var(--muted); } .url { word-break: break-all; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
.notice { background: var(--warn); padding: .4rem .8rem; border-radius: 4px; }
.comment { border-left: 3px solid var(--line); padding: .2rem .8rem; margin: .6rem 0; } .comment .by { margin: 0; font-size: .9rem; }
.text { white-space: pre-wrap; margin: .3rem 0; } .removed { background: var(--del); }
blockquote { border-left: 3px solid var(--line); margin-left: 0; padding-left: 1rem; }
pre.code { overflow-x: auto; border: 1px solid var(--line); padding: .5rem .8rem; }
`;

/** A complete page: `body` is already-escaped HTML, `title` is plain text. */
export function page(title: string, body: string): string {
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)} · newsvault</title>`,
		`<style>${STYLE}</style>`,
		'</head>',
		'<body>',
		NAV,
		body,
		'</body>',
		'</html>',
		'',
	].join('\n');
}

/** The link back to the list of URLs, on every page. */
export const NAV = '<nav><a href="/">newsvault archive</a></nav>';

/** A viewer path with its query, escaped for an `href` attribute. */
export function href(pathname: string, query: Record<string, string>): string {
	return escapeHtml(`${pathname}?${new URLSearchParams(query).toString()}`);
}

/** A link to a page of the archived site; only http(s), so a `javascript:` href in a snapshot stays inert text. */
export function externalLink(url: string, text: string): string {
	if (!/^https?:\/\//i.test(url)) return escapeHtml(text);
	return `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>`;
}
