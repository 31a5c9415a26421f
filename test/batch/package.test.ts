// The package as published: its LICENSE file says what package.json's "license" field says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };

describe('LICENSE', () => {
  const text = readFileSync(join(ROOT, 'LICENSE'), 'utf8');

  test('matches package.json: the MIT License, complete', () => {
    expect(pkg.license).toBe('MIT');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toMatch(/^Copyright \(c\) \d{4} \S.*$/m);
    // The grant, the condition and the disclaimer, as in https://opensource.org/license/mit
    expect(text).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(text).toContain('The above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.');
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  test('the README points to it', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/License.*MIT.*\(LICENSE\)/);
  });
});
