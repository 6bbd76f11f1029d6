#!/usr/bin/env node
import {run} from './program.js';

const code = await run(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd()});
process.exitCode = code;
