export {createViewer} from './viewer.js';
export {serve, DEFAULT_HOST, DEFAULT_PORT, type ServeOptions, type RunningViewer} from './server.js';
