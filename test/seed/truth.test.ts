import fs from 'node:fs';
import path from 'node:path';
import { readDataset } from '../../src/seed/csv/reader';
import { nodeRows, type Dataset } from '../../src/seed/dataset';
import { SeedFacts } from '../../src/seed/seed-facts';
import { checkTruth, citedSources, MOST_EVENTS_SHARE } from '../../src/seed/truth';
import { runCli } from '../helpers/cli';
import { SEED_DIR, tmpDir } from '../helpers/tmp';

/** The seed tells the truth where its sources speak, and its fictional people honour it. */
let dataset: Dataset;
beforeAll(async () => {
  ({ dataset } = await readDataset(SEED_DIR));
});
const sourcesMd = fs.readFileSync(path.join(SEED_DIR, 'SOURCES.md'), 'utf8');
/** Rows of the sources table at the end of SOURCES.md: `| S12 | title | https://… |`. */
const listed = new Map([...sourcesMd.matchAll(/^\| (S\d+|OWN) \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [m[1], { title: m[2].trim(), url: m[3].trim() }]));

describe('the seed dataset', () => {
  it('lists every source it cites with a title and an address, inside the repository', () => {
    expect(listed.size).toBeGreaterThan(60);
    for (const [id, { title, url }] of listed) {
      expect({ id, title: title.length > 5, url: id === 'OWN' || /^https?:\/\/\S+$/.test(url) }).toEqual({ id, title: true, url: true });
    }
    expect([...citedSources(dataset).keys()].filter((id) => !listed.has(id))).toEqual([]);
    expect(sourcesMd).not.toMatch(/\.\.\/shared|facts\/connective-cities/);
  });

  it('holds its fictional people to what the sources say', () => {
    const { problems, figures } = checkTruth(dataset, new Set(listed.keys()));
    expect(problems).toEqual([]);
    // The checks had something to check.
    expect(figures.attendancesWithDocumentedOrigin).toBeGreaterThan(300);
    expect(figures.organiserAttendances).toBeGreaterThan(0);
    expect(figures.contributions).toBeGreaterThan(20);
    expect(figures.mostEventsOfOnePerson).toBeLessThanOrEqual(Math.floor(MOST_EVENTS_SHARE * figures.eventsHeld));
  });

  it('finds what it checks for: a Nairobi attendee at the Nablus mission, an organiser from elsewhere, a planned event attended', async () => {
    const broken = (await readDataset(SEED_DIR)).dataset;
    const participation = broken.relationships.find((g) => g.spec.type === 'PARTICIPATED_IN')!;
    const nairobian = nodeRows(broken, 'Practitioner').find((r) => r.props.id === 'lagos-04')!.props.id as string;
    participation.rows.push(
      { from: nairobian, to: 'e2019-nablus-digitalisation-mission', props: { role: 'ORGANISER' } },
      { from: nairobian, to: 'e2020-trier-sustainability', props: { role: 'PARTICIPANT' } },
    );
    const { problems } = checkTruth(broken, new Set(listed.keys()));
    expect(problems).toEqual(expect.arrayContaining([
      'lagos-04 (KE) attends e2019-nablus-digitalisation-mission, whose participants came from DE',
      'lagos-04 organised e2019-nablus-digitalisation-mission but works at none of its organisers (none recorded)',
      'e2020-trier-sustainability is only planned, yet has 1 attendees',
    ]));
  });

  it('keeps the headline answers varied: Lagos practitioners by expertise, event, outcome and institution', () => {
    const facts = new SeedFacts(dataset);
    expect(facts.attendees('e2020-ssa-virtual-water').map((a) => a.person)).toEqual(expect.arrayContaining(['lagos-02', 'lagos-03', 'lagos-08']));
    expect(facts.contributors('o-lagos-cbo-waste-pilot')).toEqual(expect.arrayContaining(['lagos-03', 'lagos-08']));
  });

  it('is what the generator makes of its real rows, run after run', async () => {
    const copy = tmpDir('seed-');
    fs.cpSync(SEED_DIR, copy, { recursive: true });
    const run = await runCli('seed', ['--people', '320', '--into', copy, '--seed', '2013']);
    expect(run.code).toBe(0);
    const generated = (dir: string) =>
      Object.fromEntries(['nodes', 'relationships'].flatMap((sub) =>
        fs.readdirSync(path.join(dir, sub)).filter((f) => f.includes('.generated.')).map((f) => [`${sub}/${f}`, fs.readFileSync(path.join(dir, sub, f), 'utf8')])));
    expect(generated(copy)).toEqual(generated(SEED_DIR));
  });
});
