import { createInterface } from "node:readline";
import { ConfigError } from "../config.ts";
import { HttpError } from "../errors.ts";
import { cliArguments, openCliDatabase } from "./cli-database.ts";
import { parseUserCreateArguments, runUserCreate } from "./user-create-command.ts";

/** The password: piped in (`… < file`, first line) or typed at a prompt that does not echo it. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? "";
  }
  const prompt = "Password (at least 12 characters): ";
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing of what is typed after the prompt.
  (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
    if (text.startsWith(prompt)) process.stdout.write(prompt);
  };
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

/**
 * `pnpm --filter @scorecard/server user:create -- --email E [--name N] (--admin | --org SLUG --role ROLE)`
 * creates an account in the configured database, reading its password from standard input.
 */
async function main(argv: string[]) {
  const options = parseUserCreateArguments(cliArguments(argv));
  const password = await readPassword();
  const database = await openCliDatabase();
  try {
    const user = await runUserCreate(database.db, options, password);
    const what = options.admin ? "installation admin" : `${options.org?.role} of ${options.org?.slug}`;
    console.log(`created ${user.email} (${what})`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof HttpError || error instanceof ConfigError || error instanceof TypeError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  },
);
