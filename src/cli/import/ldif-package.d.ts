// The `ldif` package ships no types; this declares the one function the import calls.
declare module 'ldif' {
  const ldif: { parse(text: string): unknown };
  export default ldif;
}
