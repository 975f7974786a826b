/**
 * The developer tools' flags (npm run train, eval, bench): `--name value`
 * pairs and bare flags, read from process.argv. (The CLI, which users run,
 * reads its flags with node:util parseArgs and refuses unknown ones.)
 */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export const flag = (name: string): boolean => process.argv.includes(name);
