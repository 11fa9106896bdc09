import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from './http.ts';

const GUIDE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'guide');

/** the Neo4j Browser guide (`:play http://localhost:4000/browser-guide`) and the style it applies */
export function guideRoutes(): Record<string, Route> {
  return {
    '/browser-guide': file('browser-guide.html', 'text/html; charset=utf-8'),
    '/browser-style.grass': file('style.grass', 'text/plain; charset=utf-8'),
  };
}

function file(name: string, type: string): Route {
  return async (_request, response) => {
    const body = await readFile(join(GUIDE_DIR, name));
    // Neo4j Browser runs on another origin (port 7474) and fetches the guide with XHR
    response.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
    response.end(body);
  };
}
