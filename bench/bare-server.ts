/** The baseline for bench:server: a bare node:http server answering each benchmarked request with the same bytes dref sent. */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const responses = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Record<string, { type: string; body: string }>;
const server = createServer((request, response) => {
  const key = `${request.method} ${request.url}`;
  const hit = responses[key];
  const chunks: Buffer[] = [];
  request.on('data', (c: Buffer) => chunks.push(c));
  request.on('end', () => {
    if (!hit) { response.writeHead(404).end(); return; }
    response.writeHead(200, { 'content-type': hit.type, 'content-length': Buffer.byteLength(hit.body) }).end(hit.body);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});
