import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs no server and no ../shared. Postgres tests (*.pg.test.ts) run with
// `npm run test:postgres`; tests reading ../shared (*.shared.test.ts) with `npm run test:shared`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.pg.test.ts', 'test/**/*.shared.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
