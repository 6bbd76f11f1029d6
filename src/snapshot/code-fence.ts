/**
 * Lines as a Markdown fenced block (```` ```info ````), as the terminal text of a snapshot and
 * the Markdown diff print a listing: the fence is longer than any run of backticks in the
 * lines, so no line of the code closes it early.
 */
export function fenced(info: string, lines: readonly string[]): string[] {
	const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(BACKTICK_RUNS) ?? []).map((run) => run.length))));
	const fence = '`'.repeat(Math.max(MIN_FENCE, longest + 1));
	return [`${fence}${info}`, ...lines, fence];
}

const BACKTICK_RUNS = /`+/g;
/** CommonMark's shortest fence. */
const MIN_FENCE = 3;
