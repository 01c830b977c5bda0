// Serves the built renderer (out/renderer) on 127.0.0.1: `--port=N` (default 4173), `--root=DIR`.
import { serveStatic } from './staticServer';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

try {
  const server = await serveStatic(option('root') ?? 'out/renderer', Number(option('port') ?? 4173));
  console.log(`Serving the renderer on ${server.origin}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
