/**
 * The baseline: a bare Fastify 5 server with one JSON route and no logging, run as its own process (like the
 * platform's server) so the exam-day load generator can saturate it over loopback with the same client.
 * Usage: node --import tsx bench/exam-day/hello-server.ts <port>
 */
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 3999);
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port });
process.stdout.write(`listening ${port}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
