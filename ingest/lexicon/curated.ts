import type { CoreConcept } from './core.ts';
import { CORE } from './core.ts';
import { CORE_METHODS } from './core-methods.ts';
import { CORE_TASKS } from './core-tasks.ts';

/** every hand-curated concept: the core and its method and task extensions */
export const CURATED: readonly CoreConcept[] = [...CORE, ...CORE_METHODS, ...CORE_TASKS];
