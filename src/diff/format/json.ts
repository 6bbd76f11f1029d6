import type {ChangeReport} from '../types.js';

/**
 * The ChangeReport as `diff --format json` prints it: the DESIGN.md contract, indented for
 * people and parseable by tools. Ends with a newline.
 */
export function formatJson(report: ChangeReport): string {
	return `${JSON.stringify(report, null, 2)}\n`;
}
