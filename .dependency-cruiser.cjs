/*
 * The layering rules of the architecture (its folder table and principle 10,
 * "layering is checked, not hoped for"), checked by `npm run lint:deps`
 * (scripts/lint-deps.mjs) on every `npm test`, right after the type check.
 *
 * Type-only imports count everywhere (tsPreCompilationDeps): a type circle
 * still ties the files' meaning together and becomes a runtime circle the
 * day one side needs a value, and a browser file that imports a server type
 * already depends on the server's shape.
 *
 * Test side: unit tests (*.test.ts), a folder's shared test helpers (always
 * named `testing.ts`, next to the tests that use them, as tests sit next to
 * their code), the simulator's contract suite with its own client
 * (server/simulator/contract/), e2e/ and test/. Production is everything else
 * in app/, components/, lib/ and server/. scripts/ may import anything.
 */

/** Files that exist for tests only. */
const TEST_SIDE = '(\\.test\\.tsx?$|(^|/)testing\\.ts$|^server/simulator/contract/|^e2e/|^test/)';
/** Console code that ships: the four production folders less the test side. */
const PRODUCTION = '^(app|components|lib|server)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle anywhere, type-only imports included: a circle means no file of it can be read, tested or moved alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'browser-not-to-server',
      severity: 'error',
      comment: 'components/, lib/ and app/ never import server/; only the route handlers under app/api/ may (folder table).',
      from: { path: '^(components|lib|app)/', pathNot: '^app/api/' },
      to: { path: '^server/' },
    },
    {
      name: 'lib-only-lib',
      severity: 'error',
      comment: 'lib/ is loaded by both sides: its production files import only lib/ and npm packages, never node built-ins or another folder.',
      from: { path: '^lib/', pathNot: TEST_SIDE },
      to: { pathNot: '^(lib|node_modules)/' },
    },
    {
      name: 'simulator-not-to-console',
      severity: 'error',
      comment: 'The simulator is its own program: it imports lib/ and itself, never the console\'s server code (server/scp, server/bff, server/session, server/config), so a bug on one side cannot hide the same bug on the other.',
      from: { path: '^server/simulator/' },
      to: { path: '^(server/(?!simulator/)|app/|components/)' },
    },
    {
      name: 'console-not-to-simulator',
      severity: 'error',
      comment: 'The console talks to the simulator over HTTP only: its production code never imports server/simulator/ (tests and their helpers start one).',
      from: { path: PRODUCTION, pathNot: `^server/simulator/|${TEST_SIDE}` },
      to: { path: '^server/simulator/' },
    },
    {
      name: 'server-not-to-browser',
      severity: 'error',
      comment: 'server/ imports lib/ and server/, never pages or UI (folder table).',
      from: { path: '^server/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'production-not-to-test-helpers',
      severity: 'error',
      comment: 'Production files never import a test, a testing.ts helper, the contract suite, e2e/ or test/: what tests need stays out of what ships.',
      from: { path: PRODUCTION, pathNot: TEST_SIDE },
      to: { path: TEST_SIDE },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the cruiser cannot resolve is one no rule above can see.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '^\\.next/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
