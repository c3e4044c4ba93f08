// An HTTP proxy that holds every answer for a while: a slow region, for the fan-out benchmark and the timeout test.
import { createServer, type Server } from 'node:http';

/** An HTTP proxy to `target` that answers `delay.ms` late. */
export async function delayingProxy(target: string, delay: { ms: number }): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(async () => {
        try {
          const upstream = await fetch(new URL(req.url!, target), {
            method: req.method,
            headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>,
            body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
          });
          const body = Buffer.from(await upstream.arrayBuffer());
          res.writeHead(upstream.status, Object.fromEntries([...upstream.headers].filter(([k]) => k !== 'content-encoding' && k !== 'transfer-encoding')));
          res.end(body);
        } catch {
          res.writeHead(502).end();
        }
      }, delay.ms);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/graphql`, server };
}
