import {z} from 'zod';
import type {AttachmentRecord, LogRecord, VisitRecord} from './types.js';

/**
 * The `versions.jsonl` format: one JSON object per line, appended, never rewritten.
 *
 * A crash mid-append can leave a last line without its newline. Readers ignore such
 * a line (it is not known to be complete); the next writer ends it before appending,
 * so the fragment becomes one unparsable line that readers skip and `verify` reports.
 */

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const VisitRecordSchema = z.object({
	type: z.literal('visit'),
	at: z.string(),
	url: z.string(),
	finalUrl: z.string(),
	status: z.number().int(),
	statusText: z.string(),
	mode: z.enum(['http', 'browser']),
	contentType: z.string().nullable(),
	etag: z.string().nullable(),
	lastModified: z.string().nullable(),
	headers: z.record(z.string(), z.string()),
	rawSha256: sha256,
	snapshotSha256: sha256.nullable(),
	contentSha256: sha256.nullable(),
	versionId: z.string(),
	change: z.enum(['new', 'changed', 'unchanged', 'not-modified']),
	summary: z.string().nullable(),
	attachments: z.record(z.string(), sha256),
});

const AttachmentRecordSchema = z.object({
	type: z.literal('attachment'),
	at: z.string(),
	versionId: z.string(),
	name: z.string(),
	sha256,
});

const LogRecordSchema = z.discriminatedUnion('type', [VisitRecordSchema, AttachmentRecordSchema]);

export interface LogProblem {
	/** 1-based line number. */
	line: number;
	problem: string;
}

export interface ParsedLog {
	records: LogRecord[];
	/** The 1-based line number of each record. */
	lineNumbers: number[];
	/** Lines that were skipped, and why. */
	problems: LogProblem[];
	/** False when the file does not end with a newline: the next append must start one. */
	endsWithNewline: boolean;
}

export function parseLog(text: string): ParsedLog {
	const lines = text.split('\n');
	const last = lines.pop() ?? '';
	const records: LogRecord[] = [];
	const lineNumbers: number[] = [];
	const problems: LogProblem[] = [];
	lines.forEach((line, index) => {
		if (line.trim() === '') return;
		const parsed = parseLine(line);
		if (typeof parsed === 'string') problems.push({line: index + 1, problem: parsed});
		else {
			records.push(parsed);
			lineNumbers.push(index + 1);
		}
	});
	if (last !== '') problems.push({line: lines.length + 1, problem: 'last line is incomplete (an interrupted write); it is ignored'});
	return {records, lineNumbers, problems, endsWithNewline: last === ''};
}

export function serializeRecord(record: VisitRecord | AttachmentRecord): string {
	return `${JSON.stringify(record)}\n`;
}

/** The record, or why the line is not one. */
function parseLine(line: string): LogRecord | string {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return 'not valid JSON (a fragment of an interrupted write?); it is ignored';
	}
	const result = LogRecordSchema.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0];
		const where = issue?.path.length ? issue.path.join('.') : 'record';
		return `not a valid log record (${where}: ${issue?.message ?? 'invalid'}); it is ignored`;
	}
	return result.data;
}
