/** `--size N`, `--dataset NAME` and flags of a stage process. */
export function stageArgs(argv = process.argv.slice(2)): { size: number; flags: Set<string>; get(name: string): string | undefined } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { size: Number(get("size") ?? 1000), flags: new Set(argv.filter((a) => a.startsWith("--"))), get };
}
