import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';

/**
 * At most `max` open connections per remote address (MAX_CONNECTIONS_PER_IP; 0: no cap): a
 * connection over the cap is closed as soon as it is accepted, before a byte is read, so one
 * address cannot hold every socket (and file descriptor) of the process with connections it
 * never uses. The address is the socket's: behind a reverse proxy, the proxy's.
 */
export function limitConnectionsPerAddress(server: Server, max: number, log: FastifyBaseLogger): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  // One warning per address each time it reaches the cap, not one per refused connection.
  const warned = new Set<string>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (address === undefined) return; // already gone
    const count = (open.get(address) ?? 0) + 1;
    open.set(address, count);
    socket.once('close', () => {
      const left = open.get(address)! - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
      if (left < max) warned.delete(address);
    });
    if (count > max) {
      if (!warned.has(address)) {
        warned.add(address);
        log.warn({ address, max }, 'too many connections from one address: new ones are closed (MAX_CONNECTIONS_PER_IP)');
      }
      socket.destroy();
    }
  });
}
