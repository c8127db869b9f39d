// Go sources of the standard library packages are bundled as text (esbuild's text loader).
declare module '*.go' {
  const text: string;
  export default text;
}
