// The CI snippets of README.md and the pre-commit hook definition: they parse, they are wired up
// consistently (the file a step writes is the file the next step uploads), and the exact commands
// they run work against examples/templates with the built CLI.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as yaml from 'js-yaml';
import {
  assertBuilt,
  fromGithub,
  fromJunit,
  fromSarif,
  keySet,
  parseGithub,
  parseJunit,
  parseSarif,
  removeDir,
  ROOT,
  run,
  tempDir,
  TEMPLATES,
  fromJson,
} from './helpers';

const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

type Yaml = Record<string, unknown>;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** Every ```yaml (or ```yml) fenced block of the README, parsed. */
const YAML_BLOCKS: unknown[] = [...README.matchAll(/^```ya?ml[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => yaml.load(m[1]));

const isObject = (v: unknown): v is Yaml => typeof v === 'object' && v !== null && !Array.isArray(v);

function githubWorkflow(): Yaml {
  const found = YAML_BLOCKS.filter((b) => isObject(b) && isObject(b.jobs));
  expect(found).toHaveLength(1);
  return found[0] as Yaml;
}

function gitlabJob(): { name: string; job: Yaml } {
  const found = YAML_BLOCKS.filter(isObject).flatMap((b) =>
    Object.entries(b)
      .filter(([, v]) => isObject(v) && Array.isArray(v.script))
      .map(([name, job]) => ({ name, job: job as Yaml })),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

/** The value of an option in a command line split on spaces (the snippets quote nothing). */
function option(words: string[], ...names: string[]): string | undefined {
  const i = words.findIndex((w) => names.includes(w));
  return i === -1 ? undefined : words[i + 1];
}

/** A line that runs the linter (not the line that installs it). */
const isLintLine = (line: string) => line.trim().startsWith('jiaxiao-lint ');

/** The snippets run the command the install line put on PATH (not npx: the package is not on the npm registry). */
const COMMAND = 'jiaxiao-lint';

/** The snippet's command as arguments for the local binary: templates/ → examples/templates, output into outDir. */
function localArgs(command: string, outDir: string): string[] {
  const words = command.trim().split(/\s+/);
  expect(words[0]).toBe(COMMAND);
  return words.slice(1).map((w, i, all) => {
    if (w === 'templates/') return `${TEMPLATES}/`;
    if (i > 0 && (all[i - 1] === '--output-file' || all[i - 1] === '-o')) return join(outDir, basename(w));
    return w;
  });
}

beforeAll(assertBuilt);

describe('README yaml blocks', () => {
  test('there are yaml blocks and every one parses', () => {
    expect(YAML_BLOCKS.length).toBeGreaterThanOrEqual(2);
    for (const block of YAML_BLOCKS) expect(block).toBeTruthy();
  });

  test('GitHub Actions: the SARIF the lint step writes is the file upload-sarif uploads', () => {
    const wf = githubWorkflow();
    expect(wf.on).toBeTruthy();
    const jobs = Object.values(wf.jobs as Record<string, Yaml>);
    expect(jobs.length).toBeGreaterThan(0);
    const job = jobs.find((j) => (j.steps as Step[]).some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif')))!;
    expect(job).toBeDefined();
    expect(job['runs-on']).toBeTruthy();
    // Uploading to code scanning needs this permission.
    expect((job.permissions as Yaml)['security-events']).toBe('write');

    const steps = job.steps as Step[];
    for (const s of steps) expect(Boolean(s.uses) !== Boolean(s.run)).toBe(true);
    const lintIndex = steps.findIndex((s) => s.run?.includes('jiaxiao-lint') && s.run.includes('sarif'));
    const uploadIndex = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(lintIndex).toBeGreaterThanOrEqual(0);
    expect(uploadIndex).toBeGreaterThan(lintIndex);

    const words = steps[lintIndex].run!.trim().split(/\s+/);
    expect(option(words, '--format', '-f')).toBe('sarif');
    const outputFile = option(words, '--output-file', '-o');
    expect(outputFile).toBeDefined();
    expect(steps[uploadIndex].with?.sarif_file).toBe(outputFile);
    // The lint step exits 1 when there are findings: without this the upload would never run.
    expect(steps[lintIndex]['continue-on-error']).toBe(true);
    // Checkout and Node come first.
    expect(steps.findIndex((s) => s.uses?.startsWith('actions/checkout'))).toBeLessThan(lintIndex);
    expect(steps.findIndex((s) => s.uses?.startsWith('actions/setup-node'))).toBeLessThan(lintIndex);
  });

  test('GitLab CI: artifacts.reports.junit is the file the script writes, kept when the job fails', () => {
    const { name, job } = gitlabJob();
    expect(name).toBe('jiaxiao-lint');
    const script = (job.script as string[]).find(isLintLine)!;
    const words = script.trim().split(/\s+/);
    expect(option(words, '--format', '-f')).toBe('junit');
    const outputFile = option(words, '--output-file', '-o');
    expect(outputFile).toBeDefined();
    const artifacts = job.artifacts as Yaml;
    expect((artifacts.reports as Yaml).junit).toBe(outputFile);
    // The job fails when there are errors; the report must still be collected.
    expect(artifacts.when).toBe('always');
  });

  test('pre-commit usage refers to the hook id the repository defines', () => {
    const usage = YAML_BLOCKS.filter(isObject).find((b) => Array.isArray(b.repos)) as { repos: Array<{ hooks: Array<{ id: string }> }> } | undefined;
    expect(usage).toBeDefined();
    const hooks = yaml.load(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
    expect(usage!.repos.flatMap((r) => r.hooks.map((h) => h.id))).toEqual(expect.arrayContaining(hooks.map((h) => h.id)));
  });
});

describe('the install line: from the repository, while the package is not on the npm registry', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string>; scripts: Record<string, string> };
  const preCommit = (YAML_BLOCKS.filter(isObject).find((b) => Array.isArray(b.repos)) as { repos: Array<{ repo: string; rev: string }> }).repos[0];
  /** npm install --global git+https://github.com/OWNER/NAME.git#REV */
  const INSTALL = /^npm install --global git\+(https:\/\/github\.com\/[\w.-]+\/([\w.-]+?))\.git#(\S+)$/;

  /** Each snippet's shell lines in order: the GitHub steps' run lines, the GitLab script. */
  const snippets = (): Array<{ name: string; lines: string[] }> => {
    const steps = Object.values(githubWorkflow().jobs as Record<string, Yaml>).flatMap((j) => j.steps as Step[]);
    return [
      { name: 'GitHub Actions', lines: steps.filter((s) => s.run).map((s) => s.run!.trim()) },
      { name: 'GitLab CI', lines: (gitlabJob().job.script as string[]).map((l) => l.trim()) },
    ];
  };

  test.each(['GitHub Actions', 'GitLab CI'])('%s installs from the repository the pre-commit snippet names, at its rev, before running', (name) => {
    const { lines } = snippets().find((s) => s.name === name)!;
    const installs = lines.filter((l) => l.startsWith('npm '));
    expect(installs).toHaveLength(1);
    const m = INSTALL.exec(installs[0]);
    expect({ line: installs[0], matches: m !== null }).toEqual({ line: installs[0], matches: true });
    const [, url, repoName, rev] = m!;
    expect(url).toBe(preCommit.repo);
    expect(rev).toBe(preCommit.rev);
    expect(repoName).toBe(pkg.name);
    // Every lint line comes after the install and runs the installed command; none goes through npx.
    const runs = lines.filter((l) => l.includes('jiaxiao-lint') && l !== installs[0]);
    expect(runs.length).toBeGreaterThan(0);
    for (const l of runs) {
      expect(l.split(/\s+/)[0]).toBe(COMMAND);
      expect(lines.indexOf(l)).toBeGreaterThan(lines.indexOf(installs[0]));
    }
    expect(lines.join('\n')).not.toMatch(/\bnpx\b/);
  });

  test('what a git install needs: prepare builds dist/, and the bin it puts on PATH is the command the snippets run', () => {
    expect(pkg.scripts.prepare).toMatch(/npm run build/);
    expect(pkg.scripts.build).toMatch(/tsc -p tsconfig\.build\.json/);
    expect(Object.keys(pkg.bin)).toEqual([COMMAND]);
    expect(readFileSync(join(ROOT, pkg.bin[COMMAND]), 'utf8')).toMatch(/dist\/cli\/main/);
  });

  test('the README says the package is installed from the repository because it is not on the registry', () => {
    const ci = README.slice(README.indexOf('## 在 CI 中使用'));
    expect(ci).toMatch(/尚未发布到 npm 仓库/);
    expect(ci).toMatch(/Not on the npm registry yet/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = yaml.load(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;

  test('is a list with the jiaxiao-lint hook: entry is the package bin, language node', () => {
    expect(Array.isArray(hooks)).toBe(true);
    const hook = hooks.find((h) => h.id === 'jiaxiao-lint')!;
    expect(hook).toBeDefined();
    expect(hook.entry).toBe('jiaxiao-lint');
    expect(hook.language).toBe('node');
    expect(typeof hook.name).toBe('string');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    expect(existsSync(join(ROOT, pkg.bin[hook.entry as string]))).toBe(true);
  });

  test('its files pattern selects every example template', () => {
    const hook = hooks.find((h) => h.id === 'jiaxiao-lint')!;
    expect(typeof hook.files).toBe('string');
    const files = new RegExp(hook.files as string); // a Python regex; this one is also valid JavaScript
    const templates = fromJson(run([TEMPLATES, '--format', 'json']).stdout).map((f) => f.file);
    for (const t of templates) expect({ t, selected: files.test(t) }).toEqual({ t, selected: true });
    expect(files.test('package.json')).toBe(false);
  });
});

describe('the snippets’ commands, run against examples/templates', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir();
  });
  afterAll(() => removeDir(out));

  const jsonFindings = () => keySet(fromJson(run([`${TEMPLATES}/`, '--format', 'json']).stdout));

  test('GitHub: the SARIF step writes a valid SARIF 2.1.0 log with the findings; the annotation step prints them', () => {
    const steps = (Object.values(githubWorkflow().jobs as Record<string, Yaml>)[0].steps as Step[]).filter((s) => s.run !== undefined && isLintLine(s.run));
    expect(steps.length).toBeGreaterThanOrEqual(1);
    const expected = jsonFindings();
    for (const step of steps) {
      const args = localArgs(step.run!, out);
      const r = run(args);
      expect({ command: step.run, stderr: r.stderr }).toEqual({ command: step.run, stderr: '' });
      expect(r.status).toBe(1); // the templates include errors: hence continue-on-error
      const outputFile = option(args, '--output-file', '-o');
      if (outputFile !== undefined) {
        expect(r.stdout).toBe('');
        expect(existsSync(outputFile)).toBe(true);
        const text = readFileSync(outputFile, 'utf8');
        const log = parseSarif(text);
        expect(log.version).toBe('2.1.0');
        const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
        addFormats(ajv);
        const validate = ajv.compile(sarifSchema);
        validate(log);
        expect(validate.errors ?? []).toEqual([]);
        expect(keySet(fromSarif(text))).toEqual(expected);
      } else {
        expect(option(args, '--format', '-f')).toBe('github');
        const commands = parseGithub(r.stdout);
        expect(commands.length).toBeGreaterThan(0);
        expect(commands.every((c) => c.command === 'error' || c.command === 'warning')).toBe(true);
        expect(keySet(fromGithub(r.stdout))).toEqual(expected);
      }
    }
  });

  test('GitLab: the script writes a well-formed JUnit report with the findings', () => {
    const { job } = gitlabJob();
    const script = (job.script as string[]).find(isLintLine)!;
    const args = localArgs(script, out);
    const r = run(args);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const outputFile = option(args, '--output-file', '-o')!;
    expect(existsSync(outputFile)).toBe(true);
    const xml = readFileSync(outputFile, 'utf8');
    const report = parseJunit(xml);
    expect(Number(report.testsuites.failures)).toBeGreaterThan(0);
    expect(Number(report.testsuites.errors)).toBe(0);
    expect(keySet(fromJunit(xml))).toEqual(jsonFindings());
  });
});
