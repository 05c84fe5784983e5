/**
 * Ends every run with one plain line, `N passed, N failed, N skipped`, so CI can see that tests ran.
 * A test file that fails to load, or a browser that fails to start, counts as one failure.
 */
export function summaryReporter() {
  let counts = null;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        if (session.testResults) countSuite(session.testResults, counts);
        const ran = counts.passed + counts.failed + counts.skipped - before;
        const broken = (session.errors?.length ?? 0) > 0;
        if (broken || (!session.passed && ran === 0)) counts.failed += 1;
      }
    },
    stop() {
      // Printed at exit so that it follows whatever the other reporters flush last.
      process.once('exit', () => {
        const { passed, failed, skipped } = counts ?? { passed: 0, failed: 1, skipped: 0 };
        process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      });
    },
  };
}

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}
