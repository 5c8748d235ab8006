import { parseRole, ROLES } from '../../domain';
import { ConfigError, loadConfig, parseDuration } from '../../config';
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
  const { auth } = loadConfig();
  const role = parseRole(values.role);
  const ttl = String(values.ttl);
  const seconds = /^\d+[smhd]$/.test(ttl) ? parseDuration(ttl) : undefined;
  const problems = [
    !role && `--role must be one of ${ROLES.map((r) => r.toLowerCase()).join(', ')}`,
    !values.sub && '--sub names who the token is for',
    seconds === undefined && `--ttl must look like 30m, 1h or 7d, got "${ttl}"`,
    seconds !== undefined && seconds > auth.maxLifetimeSeconds && `--ttl ${ttl} is longer than the server accepts (AUTH_MAX_TOKEN_LIFETIME, ${auth.maxLifetimeSeconds} s)`,
  ].filter(Boolean);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (!auth.secret) throw new ConfigError('AUTH_SECRET', 'is not set: the token would be signed with nothing; set it (at least 32 characters) in the server and here');
  const token = await mintToken(auth.secret, { role: role!, subject: String(values.sub), ttl, issuer: auth.issuer, audience: auth.audience });
  process.stdout.write(`${role} token for ${values.sub}, valid ${ttl}:\n${token}\n`);
});
