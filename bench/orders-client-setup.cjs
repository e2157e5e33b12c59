// autocannon setupClient for bench/orders.ts: each connection orders as its own client (its own
// wallet), tokens handed out round robin from BENCH_ORDER_TOKENS. A file because autocannon's
// worker threads take setupClient as a module path.
let next = 0;
module.exports = function setupClient(client) {
  const tokens = JSON.parse(process.env.BENCH_ORDER_TOKENS || '[]');
  const token = tokens[next++ % tokens.length];
  client.setHeaders({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
};
