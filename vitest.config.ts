import { defineConfig } from 'vitest/config';

// Three projects: `domain` (pure code, run under several TZ by npm test), `unit` (domain + integration
// against the fake browser + UI components in happy-dom), `browser` (the built extension in real browsers).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      { extends: true, test: { name: 'domain', include: ['tests/{domain,text}/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{domain,text,integration,ui,io,build,reliability}/**/*.test.{ts,tsx}'],
          exclude: ['tests/reliability/**/*.browser.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/reliability/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file owns one browser; running them one at a time keeps 2 cores responsive.
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
