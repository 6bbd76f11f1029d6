import {describe, expect, it} from 'vitest';
import {z} from 'zod';
import {diffSnapshots, formatHtml, formatJson, formatMarkdown, formatText, type ChangeReport} from '../../src/diff/index.js';
import {CommentSchema} from '../../src/snapshot/schema.js';
import {PARAGRAPHS, buildSnapshot, copyOf, makeComment, paragraph, siteId} from './snapshot-builder.js';

const XSS = '<script>alert("pwned")</script> & <img src=x onerror=alert(1)>';

/** One report with every kind of change, including hostile comment text. */
function fullReport(): ChangeReport {
	const before = buildSnapshot();
	const after = copyOf(before);
	after.article.title = 'Huawei research unit cut off from China';
	after.article.body[1] = paragraph(PARAGRAPHS[1]!.replace('around 700', 'about 800'));
	after.article.body.push(paragraph('Update: Futurewei says it will appeal.'));
	after.comments.items = after.comments.items.filter((comment) => comment.number !== 6);
	after.comments.items.push(makeComment({number: 22, author: 'mootu', text: XSS, parent: 2}));
	after.comments.items.find((comment) => comment.id === siteId(4))!.text = 'This is getting ridiculous. Politics suck.';
	after.comments.items.find((comment) => comment.id === siteId(11))!.parentId = siteId(2);
	after.comments.declaredCount = 8;
	after.comments.notices = ['Some comments have been hidden.'];
	return diffSnapshots(before, after, {from: 'v1', to: 'v2'});
}

describe('formatText', () => {
	const report = fullReport();

	it('without colour states the key facts in plain text', () => {
		const text = formatText(report, {color: false});

		expect(text).not.toMatch(/\u001b\[/);
		expect(text).toContain('v1 → v2');
		expect(text).toContain('Stealth edit');
		expect(text).toContain('title: US-based Huawei research blocked from reaching China over security concerns → Huawei research unit cut off from China');
		expect(text).toContain('Paragraph 2 changed');
		expect(text).toContain('[-around 700-]');
		expect(text).toContain('{+about 800+}');
		expect(text).toContain('Paragraph 5 added');
		expect(text).toMatch(/- removed #6 hilih, 2019-01-12 14:15 UTC/);
		expect(text).toContain('bikin malu lo');
		expect(text).toMatch(/\+ added #22 mootu.*reply to comment-1002/);
		expect(text).toMatch(/~ edited #4 meanestgenius.*\(text\)/);
		expect(text).toContain('> moved #11 sissy246, 2019-01-12 09:15 UTC: reply to meanestgenius → reply to RebelwithoutaClue');
		expect(text).toContain('notice added: Some comments have been hidden.');
	});

	it('with colour marks changes with ANSI styles and keeps the same words', () => {
		const coloured = formatText(report, {color: true});

		expect(coloured).toMatch(/\u001b\[31m/);
		expect(coloured).toMatch(/\u001b\[32m/);
		expect(coloured.replace(/\u001b\[\d+m/g, '')).toContain('around 700');
		expect(coloured).not.toContain('[-around 700-]');
	});

	it('says there are no changes when there are none', () => {
		const snapshot = buildSnapshot();
		expect(formatText(diffSnapshots(snapshot, snapshot), {color: false})).toContain('No changes.');
	});
});

describe('formatMarkdown', () => {
	const markdown = formatMarkdown(fullReport());

	it('has a section per part with tables, ins/del marks and quoted comments', () => {
		expect(markdown).toMatch(/^# Changes to /);
		expect(markdown).toContain('| title | US-based Huawei research blocked from reaching China over security concerns | Huawei research unit cut off from China |');
		expect(markdown).toContain('<del>around 700</del>');
		expect(markdown).toContain('<ins>about 800</ins>');
		expect(markdown).toContain('### Removed (1)');
		expect(markdown).toContain('> bikin malu lo, negara sendiri aja pakai Huawei');
		expect(markdown).toContain('### Moved (1)');
	});

	it('escapes page text so it cannot become markup', () => {
		expect(markdown).not.toContain('<script>');
		expect(markdown).toContain('\\<script\\>');
	});
});

describe('formatHtml', () => {
	const html = formatHtml(fullReport());

	it('is one self-contained page: inline style, no scripts, nothing loaded from elsewhere', () => {
		expect(html).toMatch(/^<!doctype html>/);
		expect(html).toContain('<style>');
		expect(html).not.toMatch(/<script/i);
		expect(html).not.toMatch(/<link\b/i);
		expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
	});

	it('escapes comment text instead of running it', () => {
		expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
		expect(html).not.toContain('<img');
	});

	it('shows before and after with word-level marks and removed comments in full', () => {
		expect(html).toContain('<del>around 700</del>');
		expect(html).toContain('<ins>about 800</ins>');
		expect(html).toMatch(/<article class="comment removed"><h4>#6 hilih, 2019-01-12 14:15 UTC<\/h4>.*bikin malu lo, negara sendiri aja pakai Huawei/);
	});
});

describe('formatJson', () => {
	const report = fullReport();
	const parsed: unknown = JSON.parse(formatJson(report));

	it('parses back to the same report', () => {
		expect(parsed).toEqual(report);
	});

	it('matches the ChangeReport contract in DESIGN.md', () => {
		const contract = z.object({
			url: z.string(),
			from: z.string().nullable(),
			to: z.string().nullable(),
			stealthEdit: z.boolean(),
			article: z.object({
				fields: z.array(z.object({field: z.string(), before: z.unknown(), after: z.unknown()})),
				body: z.array(z.object({op: z.enum(['added', 'removed', 'changed']), before: z.unknown(), after: z.unknown()})),
			}),
			comments: z.object({
				declaredCount: z.object({before: z.number().nullable(), after: z.number().nullable()}),
				added: z.array(CommentSchema),
				removed: z.array(CommentSchema),
				edited: z.array(z.object({before: CommentSchema, after: CommentSchema})),
				moved: z.array(z.object({comment: CommentSchema, fromParentId: z.string().nullable(), toParentId: z.string().nullable()})),
			}),
		});

		const result = contract.safeParse(parsed);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(parsed).toMatchObject({url: report.url, from: 'v1', to: 'v2', stealthEdit: true});
	});
});
