// The physical limit for bench:load: a bare Fastify server answering each path with bytes read
// once from a JSON file ({path: body}), so nothing but HTTP and the socket costs anything.
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const bodies: Record<string, string> = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8"));
const app = Fastify({ logger: false });
app.get("/*", (request, reply) => {
  const body = bodies[request.url];
  if (body === undefined) return reply.status(404).send();
  return reply.header("content-type", "application/json; charset=utf-8").send(body);
});
const address = await app.listen({ port: 0, host: "127.0.0.1" });
console.log(`physical limit listening at ${address}`);
