// Runs a block of tests under several process time zones. The logic must not depend on the
// machine's TZ (CI runs in UTC; teachers' laptops may be anywhere), so each time-related suite
// runs once per zone. A test file using it starts with the docblock
//   /** @jest-environment ./test/time/processTzEnvironment.js */
// because Jest sandboxes process.env: only that environment can set the real TZ.

declare global {
  // Provided by processTzEnvironment.js.
  var setProcessTimeZone: ((zone: string | undefined) => void) | undefined;
}

export const PROCESS_TIME_ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York'] as const;

/** Expected getTimezoneOffset() on 2026-01-15 in each zone, to prove the switch took effect. */
const JANUARY_OFFSET: Record<(typeof PROCESS_TIME_ZONES)[number], number> = {
  'Asia/Shanghai': -480,
  UTC: 0,
  'America/New_York': 300,
};

export function eachProcessTimeZone(body: () => void): void {
  describe.each(PROCESS_TIME_ZONES)('process TZ=%s', (zone) => {
    let saved: string | undefined;
    beforeAll(() => {
      if (!globalThis.setProcessTimeZone) {
        throw new Error('this test file needs @jest-environment ./test/time/processTzEnvironment.js');
      }
      saved = process.env.TZ;
      globalThis.setProcessTimeZone(zone);
    });
    afterAll(() => {
      globalThis.setProcessTimeZone?.(saved);
    });
    test('the process time zone is in effect', () => {
      expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(JANUARY_OFFSET[zone]);
    });
    body();
  });
}

/** An instant given as Asia/Shanghai wall-clock time: sh('2026-11-25T21:40'). */
export function sh(local: string): Date {
  return new Date(`${local}:00+08:00`);
}
