/**
 * The last published dataset: the version committed at git's HEAD. The build publishes what is
 * committed, so HEAD is what a refresh serves once the branch is merged; uncommitted edits are
 * the working copy. A dataset can also be read as `REV:path` (`main:seeds/atlas-dataset.json`).
 */
import * as fs from "fs";
import * as path from "path";
import { shown, UsageError, type CliIo } from "./cli-io";

/** A dataset read from a file or from git, with the name it is shown under. */
export interface DatasetText {
  name: string;
  text: string;
}

/** The dataset text committed at `rev` for a file of the working tree, or undefined when git has none. */
export function committedText(io: CliIo, file: string, rev = "HEAD"): string | undefined {
  return io.git(["show", `${rev}:./${path.basename(file)}`], path.dirname(file));
}

/**
 * A dataset named on the command line: an existing file, or `REV:path` read with `git show`
 * (path relative to the project, as git names it).
 */
export function readDatasetArgument(io: CliIo, arg: string, root: string): DatasetText {
  const file = path.resolve(io.cwd, arg);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return { name: shown(io, file), text: fs.readFileSync(file, "utf8") };
  const revision = /^([^:]+):(.+)$/.exec(arg);
  if (revision) {
    const text = io.git(["show", `${revision[1]}:${revision[2]}`], root);
    if (text !== undefined) return { name: arg, text };
    throw new UsageError(`git has no ${revision[2]} at ${revision[1]}`);
  }
  throw new UsageError(`no such file: ${arg}`);
}
