// The serving bench's reference hops: the least a reverse proxy in its own process can do, to set the gateway's
// added latency against what any extra process hop costs on this machine. Each client connection gets one raw
// keep-alive socket to the inference server, Nagle off both ways (as the gateway's sockets). Two modes:
//   net    a node:net server; bytes are relayed both ways as they come, whole buffers, no parsing (correct for the
//          bench's one-request-at-a-time loop on each connection, which is all it serves).
//   http   a node:http server in front (as the gateway's), the same raw upstream socket: the body is read, sent on
//          with a head of its own in one write, and the answer read to its Content-Length and sent back with
//          writeHead/end. What Node's http server costs per request, without any of the gateway's own work.
//   node bench/bare-proxy.mjs net|http UPSTREAM_PORT   prints {"port": N} on one line, serves until stdin closes.
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer } from 'node:net';

const [mode, port] = process.argv.slice(2);
const upstreamPort = Number(port);
if (!['net', 'http'].includes(mode) || !Number.isInteger(upstreamPort) || upstreamPort <= 0) {
  console.error(
    'usage: node bench/bare-proxy.mjs net|http UPSTREAM_PORT (the inference server on 127.0.0.1)',
  );
  process.exit(1);
}

function upstreamFor(client) {
  const upstream = connect({ host: '127.0.0.1', port: upstreamPort });
  client.setNoDelay(true);
  upstream.setNoDelay(true);
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  for (const s of [client, upstream]) {
    s.on('error', close);
    s.on('close', close);
  }
  return upstream;
}

const relayBytes = (client) => {
  const upstream = upstreamFor(client);
  client.on('data', (chunk) => upstream.write(chunk));
  upstream.on('data', (chunk) => client.write(chunk));
  client.on('end', () => upstream.end());
  upstream.on('end', () => client.end());
};

const HEAD_END = Buffer.from('\r\n\r\n');
const relayHttp = (req, res) => {
  const upstream = (req.socket.upstream ??= upstreamFor(req.socket));
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const head = `POST /score HTTP/1.1\r\nHost: 127.0.0.1:${upstreamPort}\r\nContent-Length: ${body.length}\r\n\r\n`;
    upstream.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
    let answer = Buffer.alloc(0);
    const onData = (chunk) => {
      answer = answer.length === 0 ? chunk : Buffer.concat([answer, chunk]);
      const at = answer.indexOf(HEAD_END);
      if (at < 0) return;
      const length = Number(
        /\r\ncontent-length: *(\d+)/i.exec(answer.subarray(0, at).toString('latin1'))?.[1],
      );
      if (answer.length < at + 4 + length) return;
      upstream.off('data', onData);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': length });
      res.end(answer.subarray(at + 4, at + 4 + length));
    };
    upstream.on('data', onData);
  });
};

const server = mode === 'net' ? createServer(relayBytes) : createHttpServer(relayHttp);
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
