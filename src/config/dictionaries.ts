// Reads the dictionary files (the project's own and any the configuration adds) and compiles them.
// This is I/O; the compiled Ruleset it returns is what the pure core takes.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type jsYaml from 'js-yaml';
import { compileRuleset, KnownLiterals, literalsOfPatterns, RuleError, Ruleset, RuleSpec, ScorerModels } from '../core/rules';
import type { ScorerModel } from '../core/scorer';
import { unsafeRegexReason } from '../core/regexSafety';
import { MAX_VALUES, readRegularFile, withinValueLimit } from './safeRead';
import { CHECKS } from '../detectors';
import type { ClauseId } from '../core/types';
import type { ResolvedConfig } from '../core/options';

export const DICTIONARY_DIR = join(__dirname, '..', '..', 'dictionaries');
/** The bundled dictionaries as JSON, written by `npm run build`: parsing YAML costs ~50 ms of start-up. */
const COMPILED = join(__dirname, '..', 'dictionaries.json');
const PLACEHOLDERS = join(DICTIONARY_DIR, 'placeholders.yaml');
const CLASSES = join(DICTIONARY_DIR, 'classes.yaml');
const MODELS = join(DICTIONARY_DIR, 'models');

export class DictionaryError extends Error {}

function readYaml(path: string): unknown {
  let source: string;
  try {
    source = readRegularFile(path);
  } catch (e) {
    throw new DictionaryError(`无法读取词典文件 ${path}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    const yaml = require('js-yaml') as typeof jsYaml;
    data = yaml.load(source, { filename: path });
  } catch (e) {
    throw new DictionaryError(`词典文件 ${path} 不是有效的 YAML：${(e as Error).message.split('\n')[0]}`);
  }
  if (!withinValueLimit(data)) throw new DictionaryError(`词典文件 ${path} 展开后的值超过 ${MAX_VALUES} 个（YAML 别名 * 过多？）`);
  return data;
}

/** The clause files of dictionaries/ (M1.yaml … N5.yaml), in clause order. */
export function builtinDictionaryFiles(): string[] {
  return readdirSync(DICTIONARY_DIR)
    .filter((f) => /^[MN][1-5]\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(DICTIONARY_DIR, f));
}

/** A rule per clause for the words the configuration adds (config `words`). */
function customWordRules(words: ResolvedConfig['words']): Array<{ path: string; data: unknown }> {
  return Object.entries(words)
    .filter(([, list]) => list && list.length)
    .map(([clause, list]) => ({
      path: '配置 words',
      data: {
        clause: clause as ClauseId,
        title: `${clause} 自定义词`,
        rules: [
          {
            id: `${clause.toLowerCase()}-custom-words`,
            detector: 'lexicon',
            severity: 'error',
            description: '配置文件中添加的词',
            description_en: 'Words added in the configuration',
            message: '“{term}”：本校配置的禁用词（{clause}）',
            message_en: '"{term}": a word your configuration lists ({clause})',
            suggestion: '删除或改写该词',
            suggestion_en: 'Remove or reword it',
            terms: list,
            negatable: true,
          } satisfies RuleSpec,
        ],
      },
    }));
}

/** The learned models (dictionaries/models/*.json, written by scripts/train-scorer.mjs), by file name. */
function modelFiles(): string[] {
  return existsSync(MODELS)
    ? readdirSync(MODELS)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(MODELS, f))
    : [];
}

function readModels(): ScorerModels {
  const models: ScorerModels = {};
  for (const path of modelFiles()) {
    try {
      models[basename(path, '.json')] = JSON.parse(readRegularFile(path)) as ScorerModel;
    } catch (e) {
      throw new DictionaryError(`无法读取模型文件 ${path}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  return models;
}

interface BuiltinData {
  files: Array<{ path: string; data: unknown }>;
  placeholders: Record<string, string>;
  classes: unknown;
  models: ScorerModels;
  /** Only in the compiled JSON: the required literals of its patterns, worked out at build time. */
  literals?: KnownLiterals;
}

function readBuiltinYaml(): BuiltinData {
  return {
    files: builtinDictionaryFiles().map((path) => ({ path, data: readYaml(path) })),
    placeholders: readYaml(PLACEHOLDERS) as Record<string, string>,
    classes: readYaml(CLASSES),
    models: readModels(),
  };
}

/** The compiled JSON when it is at least as new as every YAML file (a teacher's edit wins at once). */
function builtinData(): BuiltinData {
  if (existsSync(COMPILED)) {
    const compiledAt = statSync(COMPILED).mtimeMs;
    const clauseFiles = builtinDictionaryFiles();
    const models = modelFiles();
    if ([...clauseFiles, ...models, PLACEHOLDERS, CLASSES].every((f) => statSync(f).mtimeMs <= compiledAt)) {
      const data = JSON.parse(readFileSync(COMPILED, 'utf8')) as BuiltinData;
      // A clause file or model added or removed since the build makes the compiled copy stale too.
      if (data.files.length === clauseFiles.length && Object.keys(data.models ?? {}).length === models.length) return data;
    }
  }
  return readBuiltinYaml();
}

/** Build step: writes dist/dictionaries.json after checking that the dictionaries compile. */
export function writeCompiledDictionaries(): void {
  const data = readBuiltinYaml();
  compileRuleset(data.files, data.placeholders, data.classes, {}, data.models);
  writeFileSync(COMPILED, JSON.stringify({ ...data, literals: literalsOfPatterns(data.files, data.classes) }));
}

/** A user's dictionary may not hold a regex that can backtrack without end (it would hang every run). */
function refuseUnsafePatterns({ path, data }: { path: string; data: unknown }): void {
  const rules = (data as { rules?: unknown })?.rules;
  if (!Array.isArray(rules)) return; // the compiler reports the shape
  for (const rule of rules as Array<Partial<RuleSpec>>) {
    const sources = [...(rule?.patterns ?? []), ...(rule?.with ?? []).flat(), ...(rule?.unless ?? []), ...(rule?.unlessInMessage ?? []), ...(rule?.withInMessage ?? [])];
    for (const source of sources) {
      if (typeof source !== 'string' || source.startsWith('@')) continue;
      const why = unsafeRegexReason(source);
      if (why) throw new DictionaryError(`词典文件 ${path}：规则 ${rule.id ?? '(无 id)'} 的正则表达式 /${source}/ ${why}，已拒绝；请改写（如把 (a+)+ 写成 a+）`);
    }
  }
}

const cache = new Map<string, Ruleset>();

export function loadRuleset(config: Pick<ResolvedConfig, 'dictionaries' | 'words'>): Ruleset {
  const key = JSON.stringify([config.dictionaries, config.words]);
  const cached = cache.get(key);
  if (cached) return cached;
  const builtin = builtinData();
  const userFiles = config.dictionaries.map((path) => ({ path, data: readYaml(path) }));
  userFiles.forEach(refuseUnsafePatterns);
  const files = [...builtin.files, ...userFiles, ...customWordRules(config.words)];
  const placeholders = builtin.placeholders;
  try {
    const ruleset = compileRuleset(files, placeholders, builtin.classes, builtin.literals, builtin.models);
    const unknown = ruleset.rules.find((r) => r.check !== undefined && !(r.check in CHECKS));
    if (unknown) throw new DictionaryError(`规则 ${unknown.id}：没有名为 “${unknown.check}” 的检查（可用：${Object.keys(CHECKS).join('、')}）`);
    cache.set(key, ruleset);
    return ruleset;
  } catch (e) {
    if (e instanceof RuleError) throw new DictionaryError(e.message);
    throw e;
  }
}
