/**
 * The yardstick of the HTTP benchmarks: a bare Fastify process (no logger, no hooks, no
 * plugins) with one route, GET /bare, answering the bytes and content type its parent sends
 * over IPC. Started by `startBareServer` (bench/bare.ts); it tells its parent the URL it listens
 * on and exits when the parent disconnects.
 */
import Fastify from 'fastify';

interface BareRequest {
  body: string;
  contentType: string;
}

process.once('message', (message: BareRequest) => {
  const app = Fastify();
  app.get('/bare', async (_request, reply) => reply.type(message.contentType).send(message.body));
  app.listen({ host: '127.0.0.1', port: 0 }).then(
    (url) => process.send!({ url }),
    (error: unknown) => {
      console.error('bare server failed:', error);
      process.exit(1);
    },
  );
});
process.once('disconnect', () => process.exit(0));
