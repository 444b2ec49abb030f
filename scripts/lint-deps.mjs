#!/usr/bin/env node
// The layering check (`npm run lint:deps`): cruises every source folder with the
// rules of .dependency-cruiser.cjs, prints each violation, then each rule with
// its count, and exits 1 on any violation.
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const FOLDERS = ['app', 'components', 'lib', 'server', 'e2e', 'test', 'scripts'];
const CONFIG = './.dependency-cruiser.cjs';

const started = performance.now();
const options = await extractDepcruiseOptions(CONFIG);
const { output: result } = await cruise(FOLDERS, options, {}, { tsConfig: extractTSConfig(options.tsConfig.fileName) });
const { violations, totalCruised, totalDependenciesCruised } = result.summary;

const counts = new Map(options.ruleSet.forbidden.map((rule) => [rule.name, 0]));
for (const violation of violations) {
  counts.set(violation.rule.name, counts.get(violation.rule.name) + 1);
  // A cycle is printed whole: the import that closes it, then the way back.
  const path = violation.cycle ? [violation.from, ...violation.cycle.map((step) => step.name)] : [violation.from, violation.to];
  console.log(`${violation.rule.name}: ${path.join(' → ')}`);
}

console.log(`\ndependency-cruiser: ${totalCruised} modules, ${totalDependenciesCruised} imports in ${FOLDERS.join(', ')}, rules of ${CONFIG}:`);
for (const rule of options.ruleSet.forbidden) {
  const count = counts.get(rule.name);
  console.log(`  ${count === 0 ? 'ok  ' : 'FAIL'} ${rule.name}${count === 0 ? '' : ` (${count})`}: ${rule.comment}`);
}
const onCircles = new Set(violations.flatMap((violation) => (violation.cycle ?? []).map((step) => step.name)));
console.log(`${violations.length} violations${onCircles.size > 0 ? ` (${onCircles.size} files on circles)` : ''}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = violations.length > 0 ? 1 : 0;
