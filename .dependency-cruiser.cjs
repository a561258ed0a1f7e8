// The layering of src/ (see README "Architecture" and docs/adr), checked by `npm run lint` (part of `npm test`).
// Data flows one way: main/cli → compose → adapters → app → core; feeds, store, chart implement what core and app
// declare. Each rule says which imports are never allowed; the message tells the reader what to do instead.
/** @param {string} from @param {string[]} to @param {string} why */
const never = (name, from, to, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from },
  to: { path: to },
});
const src = (...folders) => `^src/(${folders.join('|')})/`;

module.exports = {
  forbidden: [
    never('core-imports-only-core', '^src/core/', '^src/(?!core/)',
      'src/core is the pure domain: it imports nothing of the project outside src/core. Declare a port in core and let the outer layer implement it.'),
    {
      name: 'core-does-no-io',
      severity: 'error',
      comment: 'src/core does no I/O: files, network, processes and timers belong to feeds, store, app or adapters.',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|net|http|https|http2|dns|tls|dgram|child_process|cluster|worker_threads|readline)$' },
    },
    never('feeds-import-no-outer-layer', '^src/feeds/', src('adapters', 'app', 'cli', 'compose', 'store', 'config', 'chart'),
      'src/feeds fetches and parses; it knows no platform, store, config file or use case. Take what it needs as a parameter.'),
    never('store-imports-no-outer-layer', '^src/store/', src('adapters', 'app', 'cli', 'compose', 'feeds', 'config', 'chart'),
      'src/store implements the ports in src/core/ports.ts; it knows no platform, feed or config file. Validate settings in src/config and pass plain values.'),
    never('config-imports-no-outer-layer', '^src/config/', src('adapters', 'app', 'cli', 'compose', 'feeds', 'store', 'chart'),
      'src/config validates what comes from outside (env, YAML) into plain values; it builds nothing.'),
    never('chart-imports-no-outer-layer', '^src/chart/', src('adapters', 'app', 'cli', 'compose', 'feeds', 'store', 'config'),
      'src/chart draws from plain values; it reads no store or config.'),
    never('observability-imports-no-outer-layer', '^src/observability/', src('adapters', 'app', 'cli', 'compose', 'feeds', 'store', 'config', 'chart'),
      'src/observability (logger, metrics, health) is used by every layer, so it depends on none of them.'),
    never('app-imports-no-adapter-or-wiring', '^src/app/', src('adapters', 'cli', 'compose', 'store', 'config'),
      'src/app holds the use cases: it talks to platforms and stores through ports (core/ports.ts, app/delivery-port.ts); the composition root (src/compose) plugs the real ones in.'),
    never('adapters-import-no-wiring-or-store', '^src/adapters/', src('cli', 'compose', 'store', 'config', 'feeds'),
      'A platform adapter gets its settings and the use cases it calls as parameters from the composition root (src/compose).'),
    never('adapters-are-independent', '^src/adapters/([^/]+)/', '^src/adapters/(?!$1/)[^/]+/',
      'One platform adapter does not import another; shared code for adapters sits directly in src/adapters/.'),
    never('compose-imports-no-cli', '^src/compose/', src('cli'),
      'The composition root builds the bot; the command line (src/cli) uses it, not the other way round.'),
    {
      name: 'no-import-cycles',
      severity: 'error',
      comment: 'Import cycles hide the direction of dependencies: move the shared part into the lower layer.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
