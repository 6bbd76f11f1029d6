import tseslint from 'typescript-eslint';

/** Imports a folder may not make: I/O in the pure stages, and any back edge of the pipeline. */
const io = ['node:fs', 'node:fs/promises', 'fs', 'node:net', 'node:http', 'node:https', 'undici', 'playwright-core', 'node:child_process'];
const laterThan = {
	snapshot: ['fetch', 'extract', 'archive', 'diff', 'pipeline', 'crawl', 'schedule', 'serve', 'cli'],
	fetch: ['extract', 'archive', 'diff', 'pipeline', 'crawl', 'schedule', 'serve', 'cli'],
	extract: ['archive', 'diff', 'pipeline', 'crawl', 'schedule', 'serve', 'cli'],
	archive: ['diff', 'pipeline', 'crawl', 'schedule', 'serve', 'cli'],
	diff: ['pipeline', 'crawl', 'schedule', 'serve', 'cli'],
	pipeline: ['crawl', 'schedule', 'serve', 'cli'],
	crawl: ['schedule', 'serve', 'cli'],
	schedule: ['serve', 'cli'],
	serve: ['cli'],
};

/** How far up a stage's files sit below `src/` (`src/extract/article/blocks.ts` is three levels). */
const UP = ['../', '../../', '../../../'];

function restrict(stage, extra = []) {
	return {
		files: [`src/${stage}/**/*.ts`],
		rules: {
			'no-restricted-imports': ['error', {
				paths: extra.map((name) => ({name, message: `src/${stage} is pure: I/O belongs at the edges`})),
				patterns: laterThan[stage].map((later) => ({
					group: UP.flatMap((up) => [`${up}${later}/*`, `${up}${later}/index.js`]),
					message: `src/${stage} may not import src/${later}: dependencies point forward along the pipeline`,
				})),
			}],
		},
	};
}

export default tseslint.config(
	{ignores: ['dist/**', 'node_modules/**', 'archive/**', 'test-results/**', 'playwright-report/**', 'coverage/**']},
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
			'@typescript-eslint/no-explicit-any': 'error',
		},
	},
	restrict('snapshot'),
	restrict('fetch'),
	restrict('extract', io),
	restrict('archive'),
	restrict('diff', io),
	restrict('pipeline'),
	restrict('crawl'),
	restrict('schedule'),
	restrict('serve'),
	{
		files: ['src/cli/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {patterns: [{
				group: UP.slice(0, 2).flatMap((up) => ['snapshot', 'fetch', 'extract', 'archive', 'diff', 'pipeline', 'crawl', 'schedule', 'serve'].map((stage) => `${up}${stage}/*`)),
				message: 'the CLI is a thin layer over the library: import from src/index.ts',
			}]}],
		},
	},
);
