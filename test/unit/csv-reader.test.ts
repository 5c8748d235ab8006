import fs from 'node:fs';
import path from 'node:path';
import { readDataset } from '../../src/seed/csv/reader';
import { DatasetError } from '../../src/seed/dataset';
import { tmpDir, writeFiles } from '../helpers/tmp';

const VALID: Record<string, string> = {
  'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,AFRICA\nde,DE,Germany,EUROPE\n',
  'nodes/City.csv': 'id:ID(City),name,countryCode,lat:float,lon:float,population:int\nlagos,Lagos,NG,6.5244,3.3792,15000000\nbonn,Bonn,DE,50.7374,7.0982,\n',
  'nodes/Practitioner.csv': 'id:ID(Practitioner),name,languages:string[],synthetic:boolean\np1,Adeyo Quintarel,en;yo,true\n',
  'nodes/Event.csv':
    'id:ID(Event),title,kind,startDate:date,endDate:date,phase:int,virtual:boolean\nev1,"Waste, water and more",DIALOGUE_EVENT,2020-09-07,2020-09-14,3,true\n',
  'relationships/IN_COUNTRY.csv': ':START_ID(City),:END_ID(Country)\nlagos,ng\nbonn,de\n',
  'relationships/BASED_IN.csv': ':START_ID(Practitioner),:END_ID(City)\np1,lagos\n',
  'relationships/PARTICIPATED_IN.csv': ':START_ID(Practitioner),:END_ID(Event),role\np1,ev1,SPEAKER\n',
};

async function problemsOf(files: Record<string, string>): Promise<string[]> {
  const dir = writeFiles(tmpDir(), { ...VALID, ...files });
  try {
    await readDataset(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('expected the dataset to be refused');
}

describe('readDataset', () => {
  it('reads typed values of the neo4j-admin header convention', async () => {
    const { dataset, dangling } = await readDataset(writeFiles(tmpDir(), VALID));
    expect(dangling).toEqual([]);
    expect(dataset.nodes.get('City')!.map((r) => r.props)).toEqual([
      { id: 'lagos', name: 'Lagos', countryCode: 'NG', lat: 6.5244, lon: 3.3792, population: 15000000 },
      { id: 'bonn', name: 'Bonn', countryCode: 'DE', lat: 50.7374, lon: 7.0982 },
    ]);
    expect(dataset.nodes.get('Practitioner')![0].props).toEqual({ id: 'p1', name: 'Adeyo Quintarel', languages: ['en', 'yo'], synthetic: true });
    expect(dataset.nodes.get('Event')![0].props).toMatchObject({ title: 'Waste, water and more', startDate: '2020-09-07', phase: 3, virtual: true });
    const participation = dataset.relationships.find((g) => g.spec.type === 'PARTICIPATED_IN')!;
    expect(participation.rows.map(({ from, to, props }) => ({ from, to, props }))).toEqual([{ from: 'p1', to: 'ev1', props: { role: 'SPEAKER' } }]);
    expect(participation.rows[0].origin).toEqual({ file: 'relationships/PARTICIPATED_IN.csv', line: 2 });
  });

  it.each<[string, Record<string, string>, string]>([
    ['an unknown label', { 'nodes/Mayor.csv': 'id:ID(Mayor),name\nm1,X\n' }, 'nodes/Mayor.csv:1: unknown label "Mayor"'],
    ['an unknown relationship type', { 'relationships/GOVERNS.csv': ':START_ID(Practitioner),:END_ID(City)\np1,lagos\n' }, 'relationships/GOVERNS.csv:1: unknown relationship type "GOVERNS"'],
    ['a relationship between labels the model does not join', { 'relationships/BASED_IN.csv': ':START_ID(Event),:END_ID(City)\nev1,lagos\n' }, 'relationships/BASED_IN.csv:1: (Event)-[:BASED_IN]->(City) is not in the model'],
    ['a column the label does not have', { 'nodes/Country.csv': 'id:ID(Country),code,name,region,capital\nng,NG,Nigeria,AFRICA,Abuja\n' }, 'nodes/Country.csv:1: column "capital" is not a property of Country'],
    ['a column typed against the model', { 'nodes/Country.csv': 'id:ID(Country),code,name,region:int\nng,NG,Nigeria,1\n' }, 'nodes/Country.csv:1: column "region" is declared int, the model says string'],
    ['a missing required column', { 'nodes/Country.csv': 'id:ID(Country),code,name\nng,NG,Nigeria\n' }, 'nodes/Country.csv:1: column "region" is required for Country'],
    ['a missing id', { 'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,AFRICA\n,DE,Germany,EUROPE\n' }, 'nodes/Country.csv:3: missing id for Country'],
    ['a duplicate id', { 'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,AFRICA\nde,DE,Germany,EUROPE\nng,NG,Nigeria again,AFRICA\n' }, 'nodes/Country.csv:4: duplicate Country id "ng" (first defined at nodes/Country.csv:2)'],
    ['a missing required value', { 'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,,AFRICA\nde,DE,Germany,EUROPE\n' }, 'nodes/Country.csv:2: name is required'],
    ['a value of the wrong type', { 'nodes/City.csv': 'id:ID(City),name,countryCode,lat:float,lon:float\nlagos,Lagos,NG,north,3.3\nbonn,Bonn,DE,50.7,7.1\n' }, 'nodes/City.csv:2: lat must be a number (got "north")'],
    ['an impossible date', { 'nodes/Event.csv': 'id:ID(Event),title,kind,startDate:date,endDate:date,phase:int,virtual:boolean\nev1,T,WEBINAR,2020-02-30,2020-03-01,3,true\n' }, 'nodes/Event.csv:2: startDate must be a day written YYYY-MM-DD in the years 1900 to 2100, e.g. "2019-01-31" (got "2020-02-30")'],
    ['a date outside the model\'s years', { 'nodes/Event.csv': 'id:ID(Event),title,kind,startDate:date,endDate:date,phase:int,virtual:boolean\nev1,T,WEBINAR,9999-02-03,9999-03-01,3,true\n' }, 'nodes/Event.csv:2: startDate must be a day written YYYY-MM-DD in the years 1900 to 2100, e.g. "2019-01-31" (got "9999-02-03")'],
    ['a boolean that is not one', { 'nodes/Practitioner.csv': 'id:ID(Practitioner),name,synthetic:boolean\np1,A,yes\n' }, 'nodes/Practitioner.csv:2: synthetic must be true or false (got "yes")'],
    ['an enum value out of range', { 'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,AFRICA\nde,DE,Germany,OCEANIA\n' }, 'nodes/Country.csv:3: region must be one of AFRICA, ASIA, EUROPE, LATIN_AMERICA, MENA (got "OCEANIA")'],
    ['a number out of range', { 'nodes/City.csv': 'id:ID(City),name,countryCode,lat:float,lon:float\nlagos,Lagos,NG,96.5,3.3\nbonn,Bonn,DE,50.7,7.1\n' }, 'nodes/City.csv:2: lat must be -90 to 90 (got 96.5)'],
    ['a phase outside 1–4', { 'nodes/Event.csv': 'id:ID(Event),title,kind,startDate:date,endDate:date,phase:int,virtual:boolean\nev1,T,WEBINAR,2020-02-03,2020-03-01,5,true\n' }, 'nodes/Event.csv:2: phase must be 1 to 4 (got 5)'],
    ['a cluster id that is not one of the four', { 'nodes/Cluster.csv': 'id:ID(Cluster),name,nameDe\nHOUSING,Housing,Wohnen\n' }, 'nodes/Cluster.csv:2: id must be one of GOOD_URBAN_GOVERNANCE'],
    ['a relationship end that does not exist', { 'relationships/BASED_IN.csv': ':START_ID(Practitioner),:END_ID(City)\np1,lagos\np1,atlantis\n' }, 'relationships/BASED_IN.csv:3: end "atlantis" is not a City of this dataset'],
    ['a duplicate relationship', { 'relationships/BASED_IN.csv': ':START_ID(Practitioner),:END_ID(City)\np1,lagos\np1,lagos\n' }, 'relationships/BASED_IN.csv:3: duplicate BASED_IN from "p1" to "lagos" (first at relationships/BASED_IN.csv:2)'],
    ['a row with too few cells', { 'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,AFRICA\nde,DE\n' }, 'nodes/Country.csv:3: the row has 2 cells, the header 4'],
    ['an unknown header type', { 'nodes/Country.csv': 'id:ID(Country),code,name:text,region\nng,NG,Nigeria,AFRICA\n' }, 'nodes/Country.csv:1: column "name:text" has type "text"'],
  ])('refuses %s with file and line', async (_what, files, expected) => {
    const problems = await problemsOf(files);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('reports every problem, not only the first', async () => {
    const problems = await problemsOf({
      'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,MOON\nde,DE,,EUROPE\n',
    });
    expect(problems).toEqual([
      'nodes/Country.csv:2: region must be one of AFRICA, ASIA, EUROPE, LATIN_AMERICA, MENA (got "MOON")',
      'nodes/Country.csv:3: name is required',
    ]);
  });

  it('reads a row ended by CRLF in a file of LF rows as any other, and counts the lines after it right', async () => {
    const problems = await problemsOf({
      'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,AFRICA\nde,DE,Germany,EUROPE\r\nfr,FR,France,MOON\n',
    });
    expect(problems).toEqual(['nodes/Country.csv:4: region must be one of AFRICA, ASIA, EUROPE, LATIN_AMERICA, MENA (got "MOON")']);
    const { dataset } = await readDataset(writeFiles(tmpDir(), { ...VALID, 'nodes/Country.csv': 'id:ID(Country),code,name,region\nng,NG,Nigeria,AFRICA\r\nde,DE,Germany,EUROPE\n' }));
    expect(dataset.nodes.get('Country')!.map((r) => [r.props.region, r.origin?.line])).toEqual([['AFRICA', 2], ['EUROPE', 3]]);
  });

  it('takes enum-like values in any ASCII case, as the model writes them', async () => {
    const { dataset } = await readDataset(writeFiles(tmpDir(), { ...VALID, 'relationships/PARTICIPATED_IN.csv': ':START_ID(Practitioner),:END_ID(Event),role\np1,ev1,speaker\n' }));
    expect(dataset.relationships.find((g) => g.spec.type === 'PARTICIPATED_IN')!.rows[0].props).toEqual({ role: 'SPEAKER' });
  });

  it('reads relationships that share their properties as equal sets, and reports a bad set at every row that has it', async () => {
    const participants = ':START_ID(Practitioner),:END_ID(Event),role\np1,ev1,speaker\np2,ev1,SPEAKER\np3,ev1,PARTICIPANT\n';
    const people = 'id:ID(Practitioner),name\np1,A\np2,B\np3,C\n';
    const { dataset } = await readDataset(writeFiles(tmpDir(), { ...VALID, 'nodes/Practitioner.csv': people, 'relationships/BASED_IN.csv': ':START_ID(Practitioner),:END_ID(City)\n', 'relationships/PARTICIPATED_IN.csv': participants }));
    const rows = dataset.relationships.find((g) => g.spec.type === 'PARTICIPATED_IN')!.rows;
    expect(rows.map((r) => [r.from, r.props, r.origin?.line])).toEqual([['p1', { role: 'SPEAKER' }, 2], ['p2', { role: 'SPEAKER' }, 3], ['p3', { role: 'PARTICIPANT' }, 4]]);
    expect(await problemsOf({ 'nodes/Practitioner.csv': people, 'relationships/BASED_IN.csv': ':START_ID(Practitioner),:END_ID(City)\n', 'relationships/PARTICIPATED_IN.csv': ':START_ID(Practitioner),:END_ID(Event),role\np1,ev1,HOST\np2,ev1,SPEAKER\np3,ev1,HOST\n' })).toEqual([
      expect.stringMatching(/^relationships\/PARTICIPATED_IN\.csv:2: role must be one of/),
      expect.stringMatching(/^relationships\/PARTICIPATED_IN\.csv:4: role must be one of/),
    ]);
  });

  it('links a city to the country its code names, as every write path does, and refuses a link that says otherwise', async () => {
    const { 'relationships/IN_COUNTRY.csv': _given, ...withoutLinks } = VALID;
    const { dataset } = await readDataset(writeFiles(tmpDir(), withoutLinks));
    const inCountry = dataset.relationships.find((g) => g.spec.type === 'IN_COUNTRY')!;
    expect(inCountry.rows.map(({ from, to }) => ({ from, to }))).toEqual([{ from: 'lagos', to: 'ng' }, { from: 'bonn', to: 'de' }]);
    expect(await problemsOf({ 'relationships/IN_COUNTRY.csv': ':START_ID(City),:END_ID(Country)\nlagos,de\nbonn,de\n' })).toEqual([
      'relationships/IN_COUNTRY.csv:2: IN_COUNTRY from "lagos" goes to "de", but its countryCode NG names Country "ng"',
    ]);
    const paris = 'id:ID(City),name,countryCode,lat:float,lon:float\nlagos,Lagos,NG,6.5,3.3\nparis,Paris,FR,48.9,2.3\n';
    expect(await problemsOf({ 'nodes/City.csv': paris, 'relationships/IN_COUNTRY.csv': ':START_ID(City),:END_ID(Country)\nlagos,ng\n' })).toEqual([
      'nodes/City.csv:3: end "fr" is not a Country of this dataset',
    ]);
  });

  it('reports ends outside the dataset as dangling when asked to', async () => {
    const dir = writeFiles(tmpDir(), { ...VALID, 'relationships/BASED_IN.csv': ':START_ID(Practitioner),:END_ID(City)\np1,lagos\np1,abuja\n' });
    const { dangling } = await readDataset(dir, { allowDangling: true });
    expect(dangling).toEqual([{ label: 'City', id: 'abuja', origin: { file: 'relationships/BASED_IN.csv', line: 3 } }]);
  });

  it('reports a file it cannot read at its name, rather than waiting for it', async () => {
    const dir = writeFiles(tmpDir(), VALID);
    fs.mkdirSync(path.join(dir, 'nodes', 'Topic.csv'));
    await expect(readDataset(dir)).rejects.toThrow(/nodes\/Topic\.csv:1: EISDIR/);
  });

  it('refuses a directory that does not exist', async () => {
    await expect(readDataset('/nonexistent/dataset')).rejects.toThrow('/nonexistent/dataset: not a directory');
  });
});
