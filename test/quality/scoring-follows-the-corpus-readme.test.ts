import {describe, expect, it} from 'vitest';
import type {ExpectedComment} from '../../scripts/eval/corpus.js';
import type {ExtractedComment, Extraction} from '../../scripts/eval/extraction.js';
import {matchesPublishedTime} from '../../scripts/eval/published-time.js';
import {findSnippets, scoreComments, scoreMetadata, tokenPrf} from '../../scripts/eval/score.js';
import {htmlToText} from '../../scripts/eval/text.js';

/** The harness scores as ../shared/corpus/README.md says; these pin the rules the numbers rest on. */

function extraction(overrides: Partial<Extraction>): Extraction {
	return {bodyText: '', title: null, byline: null, authors: [], publishedTime: null, lang: null, comments: [], ...overrides};
}

function expectedComment(textStartsWith: string, parentIndex: number | null, author: string | null = 'a', skipsLeadingQuote = false): ExpectedComment {
	return {author, textStartsWith, parentIndex, skipsLeadingQuote};
}

function comment(id: string, text: string, parentId: string | null = null, author: string | null = 'a'): ExtractedComment {
	return {id, author, text, parentId};
}

describe('text normalisation', () => {
	it('decodes entities and turns <br> and block boundaries into single spaces', () => {
		expect(htmlToText('<div><p>Caf&eacute;<br>au&nbsp;lait</p><p>and<b>bold</b></p></div>')).toBe('Café au lait andbold');
	});

	it('leaves script and style text out', () => {
		expect(htmlToText('<p>shown</p><script>var hidden = 1;</script><style>p{}</style>')).toBe('shown');
	});
});

describe('body tokens', () => {
	it('compares whitespace-separated tokens as multisets', () => {
		const score = tokenPrf('a a b x', 'a b b');
		expect(score.precision).toBeCloseTo(2 / 4);
		expect(score.recall).toBeCloseTo(2 / 3);
		expect(score.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
	});

	it('scores an empty extraction of a non-empty article as zero', () => {
		expect(tokenPrf('', 'some text')).toEqual({precision: 0, recall: 0, f1: 0});
	});
});

describe('snippets', () => {
	it('finds a snippet across collapsed whitespace and reports the missing ones', () => {
		const check = findSnippets('Die  Ökobilanz\nvon Elektroautos', ['Die Ökobilanz von', 'Nur die Folie']);
		expect(check.found).toEqual(['Die Ökobilanz von']);
		expect(check.missing).toEqual(['Nur die Folie']);
	});
});

describe('comments', () => {
	it('pairs expected comment i with extracted comment i, so a missing first comment shifts the rest', () => {
		const score = scoreComments([comment('2', 'second')], [expectedComment('first', null), expectedComment('second', null)]);
		expect(score.matches.map((match) => match.text)).toEqual([false, false]);
		expect(score.countRecall).toBe(0.5);
	});

	it('caps count recall at 1 and counts the extra comments', () => {
		const score = scoreComments([comment('1', 'one'), comment('2', 'two'), comment('3', 'boilerplate')], [expectedComment('one', null), expectedComment('two', null)]);
		expect(score.countRecall).toBe(1);
		expect(score.extra).toBe(1);
	});

	it('maps parent ids to list positions, and a top-level comment must have no parent', () => {
		const score = scoreComments(
			[comment('c1', 'root'), comment('c2', 'reply', 'c1'), comment('c3', 'top', 'article-42')],
			[expectedComment('root', null), expectedComment('reply', 0), expectedComment('top', null)],
		);
		expect(score.matches.map((match) => match.parent)).toEqual([true, true, false]);
	});

	it('lets a comment that opens with a quote contain its text instead of starting with it', () => {
		const quoted = scoreComments([comment('1', 'Someone wrote: hello. My own words')], [expectedComment('My own words', null, 'a', true)]);
		const plain = scoreComments([comment('1', 'Someone wrote: hello. My own words')], [expectedComment('My own words', null)]);
		expect(quoted.matches[0]?.text).toBe(true);
		expect(plain.matches[0]?.text).toBe(false);
	});

	it('matches a null author with an empty or absent one', () => {
		const score = scoreComments([comment('1', 'x', null, null), comment('2', 'y', null, '')], [expectedComment('x', null, null), expectedComment('y', null, null)]);
		expect(score.matches.map((match) => match.author)).toEqual([true, true]);
	});
});

describe('metadata', () => {
	it('accepts the byline when every extracted author name occurs in it', () => {
		const score = scoreMetadata(extraction({byline: 'Nathan Willis', authors: ['Nathan Willis']}), {title: null, byline: 'By Nathan Willis\n March 2, 2015', publishedTime: null, lang: null});
		expect(score.byline?.match).toBe(true);
	});

	it('compares languages by their primary subtag and leaves unlabelled fields unscored', () => {
		const score = scoreMetadata(extraction({lang: 'en'}), {title: null, byline: null, publishedTime: null, lang: 'en-US'});
		expect(score.lang?.match).toBe(true);
		expect(score.title).toBeNull();
	});

	it('matches publication times by instant when both have a zone, else by wall clock to the label precision', () => {
		expect(matchesPublishedTime('2021-11-01T09:52:50Z', '2021-11-01T10:52:50+0100')).toBe(true);
		expect(matchesPublishedTime('2018-04-05T06:00:00-04:00', '2018-04-05T06:00')).toBe(true);
		expect(matchesPublishedTime('2024-06-25T12:00:00Z', '2024-06-25')).toBe(true);
		expect(matchesPublishedTime('2024-06-26T00:00:00Z', '2024-06-25')).toBe(false);
	});
});

describe('titles', () => {
	const title = (got: string, want: string) => scoreMetadata(extraction({title: got}), {title: want, byline: null, publishedTime: null, lang: null}).title?.match;

	it('accepts the headline without the site name the expected <title> carries', () => {
		expect(title('Mozilla', 'Mozilla - Wikipedia')).toBe(true);
		expect(title('Site Reliability Engineering', 'Google - Site Reliability Engineering')).toBe(true);
		expect(title('LWN.net Weekly Edition for March 26, 2015', 'LWN.net Weekly Edition for March 26, 2015 [LWN.net]')).toBe(true);
		expect(title('宇航员在太空中喝酒会怎么样？后果很严重', '宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网')).toBe(true);
	});

	it('still rejects a different headline, and does not split on colons', () => {
		expect(title('Allergies Health Center', 'Babies Who Eat Peanuts Early May Avoid Allergy')).toBe(false);
		expect(title('This is a long title with a colon', 'This is a long title with a colon: Hello there')).toBe(false);
	});
});
