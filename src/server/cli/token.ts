import { parseRole, ROLES } from '../../domain';
import { ConfigError, loadConfig } from '../../config';
import { parseCliArgs, runCli } from '../../seed/cli/args';
import { mintToken } from '../auth/mint-token';

const USAGE = `usage: npm run token -- --role <${ROLES.map((r) => r.toLowerCase()).join('|')}> --sub <name> [--ttl 1h]

Mints a bearer token signed with AUTH_SECRET, for development; the token is the last line.
Send it as "Authorization: Bearer <token>".`;

runCli(async () => {
  const { values } = parseCliArgs(USAGE, { role: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '1h' } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const role = parseRole(values.role);
  const ttl = String(values.ttl);
  const problems = [
    !role && `--role must be one of ${ROLES.map((r) => r.toLowerCase()).join(', ')}`,
    !values.sub && '--sub names who the token is for',
    !/^\d+[smhd]$/.test(ttl) && `--ttl must look like 30m, 1h or 7d, got "${ttl}"`,
  ].filter(Boolean);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n\n${USAGE}\n`);
    process.exit(2);
  }
  const { auth } = loadConfig();
  if (!auth.secret) throw new ConfigError('AUTH_SECRET', 'is not set: the token would be signed with nothing; set it (at least 32 characters) in the server and here');
  const token = await mintToken(auth.secret, { role: role!, subject: String(values.sub), ttl });
  process.stdout.write(`${role} token for ${values.sub}, valid ${ttl}:\n${token}\n`);
});
