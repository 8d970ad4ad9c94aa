/** HTTP/1.1 over a bare socket, for requests fetch will not send: bad encodings, huge heads, a byte a second. */
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** ms from the first byte sent to the socket closing (or the response ending). */
  readonly elapsedMs: number;
}

/** Parses the first response out of what the server sent. */
export function parseRawResponse(text: string, elapsedMs: number): RawResponse {
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const [statusLine, ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = end === -1 ? '' : text.slice(end + 4);
  if (headers['content-length'] !== undefined) body = Buffer.from(body).subarray(0, Number(headers['content-length'])).toString();
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0), headers, body, elapsedMs };
}

/** Sends `request` (the raw bytes) and resolves with the response once the server closes or the response is whole. */
export function rawRequest(base: string, request: string | Buffer): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let text = '';
    const finish = () => { socket.destroy(); resolve(parseRawResponse(text, Date.now() - started)); };
    socket.on('data', (chunk) => {
      text += chunk.toString();
      const r = parseRawResponse(text, 0);
      if (r.status && r.headers['content-length'] !== undefined && Buffer.byteLength(r.body) >= Number(r.headers['content-length'])) finish();
      if (r.status === 204 || r.status === 304) finish();
    });
    socket.on('end', finish);
    socket.on('error', (e) => (text ? finish() : reject(e)));
    socket.write(request);
  });
}

/** Sends `head` then `body` one byte every `intervalMs`, until the server answers or closes; resolves with what it said. */
export function tricklingRequest(base: string, head: string, body: string, intervalMs = 1_000): Promise<RawResponse & { sentBytes: number }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(Number(port), hostname);
    let text = '';
    let sent = 0;
    const bytes = Buffer.from(head + body);
    const headBytes = Buffer.byteLength(head);
    let timer: NodeJS.Timeout | undefined;
    const finish = () => { clearInterval(timer); socket.destroy(); resolve({ ...parseRawResponse(text, Date.now() - started), sentBytes: sent }); };
    socket.on('connect', () => {
      // With an empty head given separately, the head itself trickles.
      if (headBytes) { socket.write(bytes.subarray(0, headBytes)); sent = headBytes; }
      timer = setInterval(() => {
        if (sent >= bytes.length || socket.destroyed) return;
        socket.write(bytes.subarray(sent, sent + 1));
        sent++;
      }, intervalMs);
    });
    socket.on('data', (chunk) => { text += chunk.toString(); });
    socket.on('close', finish);
    socket.on('error', () => { /* the close that follows resolves */ });
  });
}
