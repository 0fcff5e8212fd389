/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) for the refresh tests: each path serves one
 * behaviour (a dataset, an error status, a response that never ends, a slow drip, an endless
 * stream…). It remembers every request and socket, and `close()` destroys open sockets so Jest
 * exits cleanly whatever a test left hanging. Every complete body served (`serve`, `slowly`) has
 * its signature by the test file's trusted key at the matching `.sig.json` path, as the build
 * publishes it, unless a route is given for that path.
 */
import * as http from "http";
import type { AddressInfo, Socket } from "net";
import { signatureFor } from "./signing";

/** The complete body each route serves, for its signature. */
const bodies = new WeakMap<Route, string>();

/** What one path does with a request. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, server: FaultServer) => void;

/** A running server. */
export interface FaultServer {
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Bytes written by streaming routes, per path (to prove a download was stopped early). */
  bytesWritten: Map<string, number>;
  /** Registers a route's interval, cleared on close. */
  keep(timer: NodeJS.Timeout): void;
  /** Resolves when no response on this path is open any more (every client has gone). */
  clientGone(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts a server with the given routes; unknown paths get 404. */
export async function startFaultServer(routes: Record<string, Route>): Promise<FaultServer> {
  const sockets = new Set<Socket>();
  // Responses still open per path, and who waits for a path to have none.
  const open = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  const settle = (path: string): void => {
    if ((open.get(path) ?? 0) > 0) return;
    for (const resolve of waiting.get(path) ?? []) resolve();
    waiting.delete(path);
  };
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    api.requests.push(path);
    open.set(path, (open.get(path) ?? 0) + 1);
    res.on("close", () => {
      open.set(path, (open.get(path) ?? 1) - 1);
      settle(path);
    });
    const route = routes[path] ?? signatureRoute(routes, path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    route(req, res, api);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const api: FaultServer = {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests: [],
    bytesWritten: new Map(),
    clientGone: (path) =>
      new Promise<void>((resolve) => {
        waiting.set(path, [...(waiting.get(path) ?? []), resolve]);
        settle(path);
      }),
    keep: (timer) => void timers.add(timer),
    close: async () => {
      for (const t of timers) clearInterval(t);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}

/** The signature of the body served at the dataset path a `.sig.json` path belongs to, if any. */
function signatureRoute(routes: Record<string, Route>, path: string): Route | undefined {
  if (!path.endsWith(".sig.json")) return undefined;
  const base = path.slice(0, -".sig.json".length);
  const dataset = routes[`${base}.json`] ?? routes[base];
  const body = dataset && bodies.get(dataset);
  if (body === undefined) return undefined;
  const signature = signatureFor(body);
  return (_req, res) => void res.writeHead(200, { "content-type": "application/json" }).end(signature);
}

/** Serves a body with a status and content type. */
export function serve(body: string, contentType = "application/json", status = 200): Route {
  const route: Route = (_req, res) => {
    res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) }).end(body);
  };
  if (status === 200) bodies.set(route, body);
  return route;
}

/** Redirects to a location. */
export function redirect(location: string | ((server: FaultServer) => string), status = 302): Route {
  return (_req, res, server) => {
    res.writeHead(status, { location: typeof location === "string" ? location : location(server) }).end();
  };
}

/** Accepts the request and never answers. */
export function neverAnswer(): Route {
  return () => undefined;
}

/** Sends the headers and the first bytes of a body, then nothing more, never ending. */
export function neverEnd(start: string): Route {
  return (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write(start);
  };
}

/** Writes `chunk` every `everyMs` for ever (until the client goes), without a Content-Length. */
export function stream(path: string, chunk: string, everyMs: number, contentType = "application/json"): Route {
  return (_req, res, server) => {
    res.writeHead(200, { "content-type": contentType });
    const write = (): void => {
      if (res.destroyed || res.writableEnded) return;
      res.write(chunk);
      server.bytesWritten.set(path, (server.bytesWritten.get(path) ?? 0) + Buffer.byteLength(chunk));
    };
    write();
    const timer = setInterval(write, everyMs);
    server.keep(timer);
    res.on("close", () => clearInterval(timer));
  };
}

/** Sends a complete body in `parts` pieces spread over `totalMs` (a slow but finite download). */
export function slowly(body: string, parts: number, totalMs: number): Route {
  const route: Route = (_req, res, server) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    const size = Math.ceil(body.length / parts);
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      const piece = body.slice(i * size, (i + 1) * size);
      i++;
      if (i >= parts) {
        clearInterval(timer);
        res.end(piece);
      } else res.write(piece);
    }, totalMs / parts);
    server.keep(timer);
  };
  bodies.set(route, body);
  return route;
}

/** Announces the full length, sends half of the body, then drops the connection. */
export function dropMidway(body: string): Route {
  return (_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.write(body.slice(0, Math.floor(body.length / 2)), () => res.destroy());
  };
}
