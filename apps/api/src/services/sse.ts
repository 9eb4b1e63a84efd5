import type { FastifyReply } from "fastify";

export type SseWriter = { send: (event: string, data: unknown) => void; end: () => void };

/** Takes over the response for Server-Sent Events (headers already set on the reply are kept). */
export const openSse = (reply: FastifyReply, headers: Record<string, string> = {}): SseWriter => {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    ...headers,
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  return {
    send: (event, data) => {
      if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end: () => {
      if (!raw.writableEnded) raw.end();
    },
  };
};

export const wantsEventStream = (accept: string | undefined): boolean =>
  (accept ?? "").includes("text/event-stream");
