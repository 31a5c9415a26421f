import { format, FormatterName, FORMATTERS, isFormatterName } from '../../src/formatters';
import { ALL, context } from './fixtures';

describe('format', () => {
  test('knows the six formats, stylish first (the default)', () => {
    expect(FORMATTERS).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'compact']);
    expect(isFormatterName('sarif')).toBe(true);
    expect(isFormatterName('toString')).toBe(false);
  });

  test.each(FORMATTERS)('%s ends its output with one newline and does not change the results', (name) => {
    const before = JSON.stringify(ALL);
    const out = format(name, ALL, context());
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(JSON.stringify(ALL)).toBe(before);
  });

  test('only stylish colours, and only when asked', () => {
    for (const name of FORMATTERS) {
      const out = format(name, ALL, context({ color: true }));
      if (name === 'stylish') expect(out).toMatch(/\x1b\[/);
      else expect(out).not.toMatch(/\x1b\[/);
    }
  });

  test('an unknown name (from untyped input) is an error listing the known ones', () => {
    expect(() => format('checkstyle' as FormatterName, ALL, context())).toThrow(/unknown format "checkstyle"; one of: stylish, json/);
  });
});
