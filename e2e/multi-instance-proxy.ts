// A round-robin reverse proxy for the multi-instance test and benchmark: each request goes to the
// next app instance in turn, with the X-Forwarded-* headers nginx would add, so consecutive
// requests from one browser land on different instances.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = {
  url: string;
  /** Requests each instance served, by method: served[i].POST. */
  served: Array<Record<string, number>>;
  close(): Promise<void>;
};

export function startRoundRobinProxy(targets: number[]): Promise<RoundRobinProxy> {
  let turn = 0;
  const served = targets.map(() => ({}) as Record<string, number>);
  const server = http.createServer((request, response) => {
    const index = turn++ % targets.length;
    const method = request.method ?? "GET";
    served[index][method] = (served[index][method] ?? 0) + 1;
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: targets[index],
        method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": forwardedFor, "x-forwarded-proto": "http", "x-forwarded-host": request.headers.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-recall-instance": String(index) });
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        served,
        close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
      });
    });
  });
}
