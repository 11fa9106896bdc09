import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from './http.ts';

const GUIDE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'guide');

/** the Neo4j Browser guide (`:play http://localhost:4000/browser-guide`) and the style it applies */
export function guideRoutes(): Record<string, Route> {
  return {
    '/browser-guide': file('browser-guide.html', 'text/html; charset=utf-8', true),
    '/browser-style.grass': file('style.grass', 'text/plain; charset=utf-8', false),
  };
}

const DEFAULT_ORIGIN = 'http://localhost:4000';

// `withOrigin`: the guide's links name the API as the Browser reached it, so a non-default PORT still works
function file(name: string, type: string, withOrigin: boolean): Route {
  return async (request, response) => {
    let body = await readFile(join(GUIDE_DIR, name), 'utf8');
    const host = request.headers.host ?? '';
    if (withOrigin && /^[\w.-]+(:\d{1,5})?$/.test(host))
      body = body.replaceAll(DEFAULT_ORIGIN, `http://${host}`);
    // Neo4j Browser runs on another origin (port 7474) and fetches the guide with XHR
    response.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
    response.end(body);
  };
}
