#!/usr/bin/env node
// Runs the bitext command line (src/cli/main.ts) from any folder, through tsx from this project's
// node_modules. `npm link` in the project puts `bitext` on the PATH.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
