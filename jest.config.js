/** Tests run the TypeScript sources through ts-jest as CommonJS, the same module format the build emits. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  reporters: ['default', '<rootDir>/scripts/jest-summary.js'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
};
