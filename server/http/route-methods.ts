/**
 * Which methods each path answers, collected from the routes as they are registered: the Allow header
 * of a 405 and of an OPTIONS answer, and what a CORS preflight may ask for. HEAD comes with every GET.
 */
import type { FastifyInstance } from 'fastify';

export interface RouteMethods {
  /** The methods `path` (no query string) answers; empty when no route matches it. */
  allowedMethods(path: string): readonly string[];
}

/** `/api/v1/entries/:id` as a regular expression over a path. */
function patternOf(url: string): RegExp {
  const source = url.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^${source}/?$`);
}

export function collectRouteMethods(app: FastifyInstance): RouteMethods {
  const routes: { pattern: RegExp; methods: Set<string> }[] = [];
  const byUrl = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    let methods = byUrl.get(route.url);
    if (!methods) {
      methods = new Set();
      byUrl.set(route.url, methods);
      routes.push({ pattern: patternOf(route.url), methods });
    }
    for (const method of ([] as string[]).concat(route.method)) methods.add(method);
    if (methods.has('GET')) methods.add('HEAD');
  });
  return {
    allowedMethods(path) {
      const found = new Set<string>();
      for (const route of routes) if (route.pattern.test(path)) for (const m of route.methods) found.add(m);
      if (found.size) found.add('OPTIONS');
      const order = ['GET', 'HEAD', 'POST', 'OPTIONS'];
      return [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    },
  };
}
