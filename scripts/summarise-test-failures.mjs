// Prints the failed tests of vitest JSON reports at the end of the test command's output, so that whoever reads only
// its tail (CI keeps the last part) still sees which test failed and why, not only the serial part's green summary.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`test report ${file} was not written (the run stopped before reporting)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    const tests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    if (tests.length === 0 && suite.status === 'failed') {
      failed += 1;
      console.log(`FAILED file ${relative(process.cwd(), suite.name)}: ${firstLines(suite.message)}`);
    }
    for (const test of tests) {
      failed += 1;
      console.log(`FAILED ${relative(process.cwd(), suite.name)} > ${test.fullName}`);
      for (const message of test.failureMessages ?? []) console.log(`    ${firstLines(message)}`);
    }
  }
}
console.log(failed === 0 ? 'test summary: no failures' : `test summary: ${failed} failed (listed above)`);

function firstLines(text) {
  return String(text ?? '').split('\n').slice(0, 6).join('\n    ');
}
