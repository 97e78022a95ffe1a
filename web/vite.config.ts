/** Vite build of the Mini App (`vite build web`): served by express at /app (src/webapp/router.ts), assets under /app/assets. */
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/app/',
  plugins: [tailwindcss()],
  // React's automatic JSX runtime through esbuild: no Babel plugin needed.
  esbuild: { jsx: 'automatic', jsxDev: false },
  // Always React's production build, even when NODE_ENV is inherited from a test runner.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // One chunk per language's words (web/src/lib/messages.ts loads only the runner's): name them by language.
        chunkFileNames: (chunk) => {
          const lang = /\/locales\/([a-z]{2})\/web\.ftl/.exec(chunk.facadeModuleId ?? '')?.[1];
          return lang ? `assets/web-${lang}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
      onwarn(warning, warn) {
        // Radix ships "use client" directives for React Server Components; they mean nothing in a client bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
