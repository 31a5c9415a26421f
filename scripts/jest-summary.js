// A plain closing line ("jest: N passed, N failed") for CI systems that read the last line of a test
// run. Written at exit, on stderr, so that it comes after jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
