import { defineConfig } from 'vitest/config';

// `npm run test:shared`: the tests that read ../shared (the feedparser corpus, the labeled sets, the seed articles).
// They need the shared folder checked out beside the repository, so they are kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.shared.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
