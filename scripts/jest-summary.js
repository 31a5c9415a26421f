// A plain closing line ("jest: N passed, N failed") after jest's own summary, for CI systems that
// read the last line of a test run. On stderr, after jest's own summary there.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stderr.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}
module.exports = SummaryReporter;
