// Sums the JSON reports of vitest and Playwright into the one line CI reads:
// "N passed, N failed" (skipped tests and todos go on the line before, so the last line is
// exactly that). A report that is missing (its runner never started) adds nothing.
import {existsSync, readFileSync} from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
	if (!existsSync(file)) continue;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	if ('numPassedTests' in report) {
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		skipped += report.numPendingTests + (report.numTodoTests ?? 0);
	} else if (report.stats) {
		passed += report.stats.expected + report.stats.flaky;
		failed += report.stats.unexpected;
		skipped += report.stats.skipped;
	}
}
if (skipped) console.log(`${skipped} skipped or todo`);
console.log(`${passed} passed, ${failed} failed`);
