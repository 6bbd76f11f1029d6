/**
 * The offline demo: starts the bundled fixture site on localhost and runs the real CLI
 * against it, the way a user would on a live site: crawl the site, archive one article on
 * demand (unchanged), let the publisher edit it and a moderator hide a comment, crawl
 * again (one article changed), then show the history and the diff.
 *
 *   npm run demo                 # archive in a fresh temporary folder
 *   npm run demo -- --archive DIR
 */
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {run} from '../src/cli/program.js';
import {startFixtureSite} from '../test/fixtures/site/server.js';

const ARTICLE = 'phonearena/huawei-futurewei-export-block.html';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const archiveFlag = process.argv.indexOf('--archive');
const archive = archiveFlag > 0 ? path.resolve(process.argv[archiveFlag + 1] ?? 'archive') : await mkdtemp(path.join(tmpdir(), 'newsvault-demo-'));
const site = await startFixtureSite();
const url = new URL(ARTICLE, site.url).href;
const io = {stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd()};

async function step(title: string, args: string[]): Promise<void> {
	process.stdout.write(`\n\x1b[1m# ${title}\x1b[0m\n$ newsvault ${args.join(' ')}\n`);
	const code = await run([...args, '--archive', archive], io);
	if (code !== 0) throw new Error(`newsvault ${args[0]} exited ${code}`);
}

try {
	process.stdout.write(`Fixture site on ${site.url}, archive in ${archive}\n`);
	// The fixture site is one host on loopback, so politeness delays would only slow the demo down.
	const crawl = ['crawl', '--seed', site.url, '--include', '/(phonearena|techblog|handsetdaily)/', '--delay-ms', '0'];
	await step('Crawl the site: discover its articles and archive them with their threads', crawl);
	await step('Archive one article on demand: nothing changed, so no new version', ['archive', url]);

	const original = await readFile(path.join(root, 'test/fixtures/site/public', ARTICLE), 'utf8');
	site.override(`/${ARTICLE}`, editArticle(original));
	process.stdout.write('\n(the publisher now rewrites a paragraph without a correction note, and a moderator hides comment 13)\n');
	await step('Crawl again, re-visiting every known article now', [...crawl, '--revisit', 'all']);
	await step('The versions of the article', ['history', url]);
	await step('What changed between them', ['diff', url]);
	await step('Which comments vanished, and when', ['history', url, '--comments']);
	process.stdout.write(`\nExplore it yourself:\n  npm run newsvault -- show ${url} --archive ${archive}\n  npm run newsvault -- diff ${url} --format html --archive ${archive} > diff.html\n`);
} finally {
	await site.close();
}

/** A stealth edit and a removed comment, as they happen on live sites. */
function editArticle(html: string): string {
	const edited = html.replace('is employing around 700 engineers', 'is employing around 850 engineers and researchers');
	const hidden = edited.replace(/<li class="comment" id="comment-3290113"[\s\S]*?<\/li>/, '');
	if (edited === html || hidden === edited) throw new Error('demo: the fixture article no longer has the text the demo edits');
	return hidden;
}
