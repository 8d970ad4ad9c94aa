/**
 * The node:http server under Fastify, with timeouts that hold against slow clients: the request
 * head must arrive within HEADERS_TIMEOUT_MS and the whole request within the request timeout,
 * checked every second (Node's default check runs every 30 s, so a client sending a byte a second
 * outlived a 10 s timeout). A client error (headers too large, a timeout, bytes that are not HTTP)
 * is answered in the error envelope before the socket is closed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { restError } from './error-response.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { HEADER_LIMIT, HEADERS_TIMEOUT_MS } from './limits.js';

export interface ServerTimeouts {
  /** The whole request, body included, in ms. */
  readonly requestTimeoutMs: number;
  /** The request head, in ms (at most the request timeout). */
  readonly headersTimeoutMs?: number;
}

export function createHttpServer(handler: (req: IncomingMessage, res: ServerResponse) => void, timeouts: ServerTimeouts): Server {
  const requestTimeout = timeouts.requestTimeoutMs;
  const headersTimeout = Math.min(timeouts.headersTimeoutMs ?? HEADERS_TIMEOUT_MS, requestTimeout);
  return createServer({
    requestTimeout, headersTimeout, maxHeaderSize: HEADER_LIMIT,
    connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 4))),
  }, handler);
}

/** Fastify's clientErrorHandler: the envelope, then close. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // Nothing to answer on a socket that is gone, or one already carrying a response.
  const sending = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (!socket.writable || sending || error.code === 'ECONNRESET' || error.code === 'EPIPE') { socket.destroy(); return; }
  const { status, body } = restError(error);
  const text = JSON.stringify(body);
  const reason = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Content Too Large', 431: 'Request Header Fields Too Large' }[status] ?? 'Error';
  const headers = Object.entries({ ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', connection: 'close' })
    .map(([k, v]) => `${k}: ${v}`).join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers}\r\n\r\n${text}`);
}
