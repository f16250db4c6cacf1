import { spawn } from 'node:child_process';

/** Serves a built app (dist/, or `outDir`) with vite preview on a port of its own while `work` runs. */
export async function withPreview<T>(port: number, work: (origin: string) => Promise<T>, outDir?: string): Promise<T> {
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...(outDir ? ['--outDir', outDir] : [])], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i += 1) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}
