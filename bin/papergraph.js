#!/usr/bin/env node
// The sources are TypeScript run as they are, with no build step, so `npx papergraph` works right after `npm ci`.
// Node 22.18+ and 23.6+ strip the types themselves (the sources use only erasable syntax: tsconfig's
// erasableSyntaxOnly); older Nodes compile them through tsx, whose loader costs a thread and its CPU at start.
import module from 'node:module';

// V8's compiled code of the modules, ours and node_modules', kept on disk (under the system's temp folder) from one
// run to the next: each run, and each extraction thread, starts with less CPU (Node 22.1+; a no-op before)
module.enableCompileCache?.();
if (!process.features.typescript) (await import('tsx/esm/api')).register();
await import('../src/cli/main.ts');
