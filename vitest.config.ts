import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs no server. Postgres tests (*.pg.test.ts) run with `npm run test:postgres`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.pg.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
