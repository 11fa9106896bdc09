#!/usr/bin/env node
// The sources are TypeScript run as they are: tsx compiles them on load, so `npx papergraph` works
// right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
