export type {Page, FetchRequest, Fetcher} from './types.js';
export {HttpFetcher, fetchPage} from './http.js';
export {DEFAULT_USER_AGENT, type HttpFetcherOptions} from './http-options.js';
export {FetchError, type FetchErrorDetails} from './errors.js';
export {parseHttpUrl} from './url.js';
export {detectCharset, decodeBody, encodingForLabel, type DetectedCharset, type CharsetSource} from './charset.js';
export {HTML_CONTENT_TYPES, parseContentType, sniffContentType, type ContentType} from './content-type.js';
export {parseRetryAfter} from './retry-after.js';
