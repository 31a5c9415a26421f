// Modules that only the web build (scripts/build-web.mjs) provides.
declare module 'virtual:dictionaries' {
  const data: { files: Array<{ path: string; data: unknown }>; placeholders: Record<string, string>; classes: unknown; literals?: Record<string, string[] | null>; models?: Record<string, import('../core/scorer').ScorerModel> };
  export default data;
}
declare module 'virtual:jieba-wasm' {
  const bytes: Uint8Array;
  export default bytes;
}
