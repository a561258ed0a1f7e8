// ESLint 9 flat config. The layer boundaries and import cycles are checked by dependency-cruiser
// (.dependency-cruiser.cjs); this file keeps the code itself tidy and files small.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A file longer than this does more than one thing: split it by what the parts do.
      'max-lines': ['error', { max: 350 }],
      // `_name` marks a parameter or destructured part that is there for its position only.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // The fake Slack and Discord servers and the Block Kit checks read the platforms' untyped JSON payloads.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
