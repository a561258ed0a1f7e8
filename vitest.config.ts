import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs no server and nothing outside the repository, so it passes on a plain clone.
// Postgres tests (*.pg.test.ts) run with `npm run test:postgres`; tests that read ../shared (*.shared.test.ts: the
// feedparser corpus, the labeled sets, the seed articles) run with `npm run test:shared`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.pg.test.ts', 'test/**/*.shared.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
