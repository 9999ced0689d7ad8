import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const dataDir = join(projectRoot, 'data');

/** Serves the project's `data/` folder at `/data/` in the demo, read-only, JSON files only. */
function serveData(): Plugin {
  return {
    name: 'eindex-serve-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^[/\\]+/, '');
        const file = join(dataDir, name);
        if (!file.startsWith(dataDir) || !/\.json$/.test(file) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        // `npm start`: the demo page, with the elements straight from src/.
        root: join(projectRoot, 'demo'),
        server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [projectRoot] } },
        plugins: [serveData()],
      }
    : {
        // `npm run build`: one self-contained ES module that registers every element.
        root: projectRoot,
        publicDir: false,
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: {
            entry: join(projectRoot, 'src/define.ts'),
            formats: ['es'],
            fileName: () => 'eindex-widgets.js',
          },
        },
      },
);
