export {ArchiveStore} from './store.js';
export {exportWarc, type WarcExportOptions, type ExportSummary} from './warc.js';
export {exportJsonl, type JsonlExportOptions} from './jsonl-export.js';
export {FORMAT_NAME, FORMAT_VERSION} from './format.js';
export {urlFolder, urlKey} from './layout.js';
export type {
	ArchiveOptions,
	AttachmentRecord,
	ChangeKind,
	LogRecord,
	PutInput,
	PutResult,
	StoredVersion,
	VerifyProblem,
	VerifyReport,
	VersionInfo,
	VisitRecord,
} from './types.js';
