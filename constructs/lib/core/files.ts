import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** What is in an environment's folder before it is replaced: a file's text by its path under the folder. */
export type PreviousFile = (path: string) => string | undefined;

/**
 * Replaces `<dir>/<env>/` of each environment with the files `filesOf` gives for it (text by path under the
 * folder), so each folder holds exactly what the model produces. The folders of other environments, and of
 * those `filesOf` gives nothing for, are removed. `filesOf` may read what the folder held before (state that
 * carries over from one synth to the next, such as a zone's serial). Returns the files written.
 */
export function replaceEnvironmentFolders(
  dir: string,
  environments: readonly string[],
  filesOf: (environment: string, previous: PreviousFile) => Readonly<Record<string, string>> | undefined,
): string[] {
  const folders = new Map<string, Readonly<Record<string, string>>>();
  for (const env of environments) {
    const previous: PreviousFile = (path) => (existsSync(join(dir, env, path)) ? readFileSync(join(dir, env, path), "utf8") : undefined);
    const files = filesOf(env, previous);
    if (files) folders.set(env, files);
  }
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (statSync(join(dir, name)).isDirectory()) rmSync(join(dir, name), { recursive: true });
  const written: string[] = [];
  for (const [env, files] of folders) {
    for (const [path, text] of Object.entries(files)) {
      const file = join(dir, env, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      written.push(file);
    }
  }
  return written;
}
