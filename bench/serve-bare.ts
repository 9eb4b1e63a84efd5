import { createServer } from "node:http";

// The baseline: plain node:http answering what GET /health/live answers.
const body = JSON.stringify({ status: "ok" });
const server = createServer((_req, res) => {
  res.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`READY ${JSON.stringify({ port: address.port })}`);
});
