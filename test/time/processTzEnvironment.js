// Jest test environment that lets a test change the real process time zone.
//
// Jest gives each test file a copy of process.env, so `process.env.TZ = 'UTC'` inside a test does
// not reach Node. This environment runs outside the sandbox and hands the tests a function that
// sets the real process.env.TZ (Node re-reads TZ whenever it is assigned). Used through a
// `@jest-environment ./test/time/processTzEnvironment.js` docblock; see tzHarness.ts.
const { TestEnvironment } = require('jest-environment-node');

class ProcessTzEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.savedTZ = process.env.TZ;
    this.global.setProcessTimeZone = (zone) => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    };
  }

  async teardown() {
    this.global.setProcessTimeZone(this.savedTZ);
    await super.teardown();
  }
}

module.exports = ProcessTzEnvironment;
