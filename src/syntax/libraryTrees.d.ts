// The library's syntax trees, parsed when gosim is built (esbuild.js makes this module).
declare module 'gosim:library-trees' {
  /** By import path, each src/stdlib/go package's tree as packTree (packedTree.ts) packed it. */
  const trees: Record<string, string>;
  export default trees;
}
