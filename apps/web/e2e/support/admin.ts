import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Set by scripts/web-test.sh: the API's data folder and the repository, so a test can run the admin command. */
export const adminCommandAvailable = Boolean(process.env.NERAVA_E2E_DATA_DIR && process.env.NERAVA_E2E_ROOT);

/**
 * `dotnet run --project src/Nerava.Api -- admin create --email …` against the running API's database, the password
 * piped on stdin — the way an operator creates the first account.
 */
export function createAdmin(email: string, password: string) {
  const root = process.env.NERAVA_E2E_ROOT!;
  execFileSync('dotnet', ['run', '--project', path.join(root, 'src/Nerava.Api'), '-c', 'Release', '--no-build', '--', 'admin', 'create', '--email', email], {
    cwd: root,
    input: `${password}\n`,
    env: { ...process.env, Database__DataDirectory: process.env.NERAVA_E2E_DATA_DIR },
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}
