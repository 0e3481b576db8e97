/**
 * The statements the second data review corrected (issue 13), read back through the API from the
 * loaded seed graph: the false ones are absent, the missing ones present with the certainty,
 * basis and date the texts support.
 */
import { TestApi } from '../support/test-api';

interface Rel {
  type: string;
  from: { id: string; group?: string | null };
  to: { id: string; placeKind?: string | null };
  certainty: string;
  basis: string;
  note: string | null;
  years: number | null;
  date: { edtf: string } | null;
  evidence: { quote: string }[];
}

const RELATIONS = `query ($of: ID!, $types: [RelationType!], $direction: Direction!) {
  relations(of: $of, types: $types, direction: $direction, first: 500) {
    pageInfo { hasNextPage }
    nodes {
      type certainty basis note years date { edtf } evidence { quote }
      from { id ... on Person { group } }
      to { id ... on Place { placeKind } }
    }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.stop());

async function relations(
  of: string,
  types: string[],
  direction: 'IN' | 'OUT' | 'BOTH' = 'OUT',
): Promise<Rel[]> {
  const { relations } = await api.data<{ relations: { pageInfo: { hasNextPage: boolean }; nodes: Rel[] } }>(
    RELATIONS,
    { of, types, direction },
  );
  expect(relations.pageInfo.hasNextPage).toBe(false);
  return relations.nodes;
}

async function one(from: string, type: string, to: string): Promise<Rel> {
  const found = (await relations(from, [type])).filter((r) => r.to.id === to);
  expect(found).toHaveLength(1);
  return found[0] as Rel;
}

describe('data review round two', () => {
  it('keeps the Bolshevik faction apart from the CPSU', async () => {
    const party = await relations('org:communist-party-of-the-soviet-union', ['PART_OF', 'HEADED'], 'BOTH');
    expect(party.filter((r) => r.to.id === 'org:russian-social-democratic-labour-party')).toEqual([]);
    expect(party.filter((r) => r.from.id === 'person:alexander-bogdanov')).toEqual([]);
    expect((await one('person:alexander-bogdanov', 'HEADED', 'org:bolshevik-faction')).certainty).toBe(
      'ATTESTED',
    );
    expect(
      (await one('org:bolshevik-faction', 'PART_OF', 'org:russian-social-democratic-labour-party')).certainty,
    ).toBe('ATTESTED');
  });

  it('records drafting and recommending as DRAFTED, not ISSUED', async () => {
    const stalin = await relations('person:joseph-stalin', ['ISSUED', 'DRAFTED']);
    expect(stalin.filter((r) => r.type === 'ISSUED').map((r) => r.to.id)).not.toEqual(
      expect.arrayContaining(['law:rsfsr-154a']),
    );
    expect(stalin.filter((r) => r.type === 'ISSUED').map((r) => r.to.id)).not.toContain(
      'law:law-of-spikelets',
    );
    expect(
      stalin
        .filter((r) => r.type === 'DRAFTED')
        .map((r) => r.to.id)
        .sort(),
    ).toEqual(['law:law-of-spikelets', 'law:rsfsr-154a']);
    expect((await one('person:lavrentiy-beria', 'DRAFTED', 'law:amnesty-1953')).evidence[0]?.quote).toMatch(
      /recommending releasing one million/,
    );
    expect(await relations('person:lavrentiy-beria', ['ISSUED'])).toEqual([]);
  });

  it('marks convictions that name no law as inferences, and has the ones the texts state', async () => {
    const klimov = await one('person:valery-klimov', 'CONVICTED_UNDER', 'law:rsfsr-121');
    expect(klimov).toMatchObject({ basis: 'INFERENCE', certainty: 'POSSIBLE' });
    expect(klimov.note).toMatch(/names no law/);
    expect(
      await one('person:sergei-parajanov', 'CONVICTED_UNDER', 'law:ussr-sodomy-decree-1933'),
    ).toMatchObject({ certainty: 'PROBABLE', date: { edtf: '1948' } });
    expect(await one('person:karlo-stajner', 'CONVICTED_UNDER', 'law:rsfsr-58')).toMatchObject({
      certainty: 'PROBABLE',
      basis: 'INFERENCE',
    });
    const titov = await relations('person:titov', ['CONVICTED_UNDER']);
    expect(titov.map((r) => r.years)).toEqual(expect.arrayContaining([10]));
    expect(titov).toHaveLength(2);
  });

  it('lists the groups the texts count among those convicted under article 58', async () => {
    const convicted = await relations('law:rsfsr-58', ['CONVICTED_UNDER'], 'IN');
    const leningrad = convicted.find((r) => r.from.id === 'person:leningrad-gay-men-arrested-1933');
    expect(leningrad?.from.group).toBe('hundreds of men');
    expect(convicted.find((r) => r.from.id === 'person:great-purge-article-58-convicts')).toMatchObject({
      certainty: 'ATTESTED',
      date: { edtf: '1937/1938' },
    });
    expect(convicted.map((r) => r.from.id)).toEqual(
      expect.arrayContaining(['person:vadim-kozin', 'person:nika-poliakov', 'person:karlo-stajner']),
    );
  });

  it('finds everyone the texts send to "the Gulag", "the camps" or "prison" at the Gulag, and no one at "Soviet Union"', async () => {
    const held = (await relations('place:gulag', ['IMPRISONED_AT'], 'IN')).map((r) => r.from.id);
    expect(held).toEqual(
      expect.arrayContaining([
        'person:aleksandr-solzhenitsyn',
        'person:yevgenia-ginzburg',
        'person:vadim-kozin',
        'person:hein-dyck',
        'person:peter-dyck',
        'person:gerhard-dyck',
        'person:nikolai-vavilov',
        'person:isaac-babel',
        'person:tatiana-miroshnikova',
        'person:ummugulsum-sadigzade',
      ]),
    );
    expect(await relations('place:soviet-union', ['IMPRISONED_AT'], 'IN')).toEqual([]);
  });

  it("keeps Sulim's imprisonment as DISPUTED beside his work at the camp", async () => {
    const sulim = await relations('person:boris-sulim', ['IMPRISONED_AT', 'WORKED_AT']);
    expect(sulim.map((r) => [r.type, r.to.id, r.certainty]).sort()).toEqual([
      ['IMPRISONED_AT', 'place:omsuchkan', 'DISPUTED'],
      ['WORKED_AT', 'place:omsuchkan', 'ATTESTED'],
    ]);
    expect(sulim.find((r) => r.type === 'IMPRISONED_AT')?.note).toMatch(/free worker/);
  });

  it.each([
    ['person:vadim-kozin', 'CONVICTED_UNDER', 'law:rsfsr-154a', '1945/1950'],
    ['person:nika-poliakov', 'CONVICTED_UNDER', 'law:rsfsr-58', '1933/1934'],
    ['person:stepan-minin', 'CONVICTED_UNDER', 'law:rsfsr-58', '1933/1934'],
    ['person:leo-klejn', 'CONVICTED_UNDER', 'law:rsfsr-121', '1975/..'],
    ['person:gennady-trifonov', 'CONVICTED_UNDER', 'law:rsfsr-121', '1976~'],
    ['person:naftaly-frenkel', 'IMPRISONED_AT', 'place:solovki', '1923'],
    ['person:savic-markovic-stedimlija', 'IMPRISONED_AT', 'place:gulag', '1945/1955'],
    ['person:karlo-stajner', 'IMPRISONED_AT', 'place:norilsk', '1936~/1956'],
    ['person:gerhard-dyck', 'IMPRISONED_AT', 'place:gulag', '1945/1956'],
    ['person:gustaw-herling-grudzinski', 'IMPRISONED_AT', 'place:gulag', '1939/1945'],
  ])('dates %s %s %s as the text does (%s)', async (from, type, to, edtf) => {
    expect((await one(from, type, to)).date?.edtf).toBe(edtf);
  });

  it('has the uprisings as events at their camp, with the groups that took part', async () => {
    const { entity } = await api.data<{ entity: { __typename: string; date: { edtf: string } } }>(
      '{ entity(id: "event:kengir-uprising") { __typename ... on Event { date { edtf } } } }',
    );
    expect(entity).toEqual({ __typename: 'Event', date: { edtf: '1954-05/1954-06-26' } });
    expect((await one('event:kengir-uprising', 'TOOK_PLACE_AT', 'place:kengir')).certainty).toBe('ATTESTED');
    const vorkuta = await relations('event:vorkuta-red-hats-against-thieves', ['PARTICIPATED_IN'], 'IN');
    expect(vorkuta.map((r) => r.from.id).sort()).toEqual(['person:red-hats', 'person:thieves']);
  });

  it('tells regions, towns, islands and states from the camps and museums they hold', async () => {
    const places = await api.data<Record<string, { placeKind: string }>>(
      '{ kolyma: entity(id: "place:kolyma") { ... on Place { placeKind } } sevvostlag: entity(id: "place:sevvostlag") { ... on Place { placeKind } } vorkuta: entity(id: "place:vorkuta") { ... on Place { placeKind } } vorkutlag: entity(id: "place:vorkutlag") { ... on Place { placeKind } } }',
    );
    expect(places).toEqual({
      kolyma: { placeKind: 'region' },
      sevvostlag: { placeKind: 'camp-complex' },
      vorkuta: { placeKind: 'city' },
      vorkutlag: { placeKind: 'camp-complex' },
    });
    await one('place:solovki', 'PART_OF', 'place:solovetsky-islands');
    expect((await one('place:rsfsr', 'PART_OF', 'place:soviet-union')).date?.edtf).toBe('1922/1991');
    expect((await relations('place:russia', ['PART_OF'])).map((r) => r.to.id)).not.toContain(
      'place:soviet-union',
    );
    await one('source:losev-photo-perm-36-museum', 'ABOUT', 'place:perm-36-museum');
  });

  it('has the smaller slips corrected', async () => {
    expect((await relations('source:birzhevye-vedomosti', ['CITED_BY'])).map((r) => r.to.id)).not.toContain(
      'source:poliakov-letter-to-bekhterev',
    );
    await one('source:yagoda-memo-to-stalin-1933', 'CITED_BY', 'source:seed-002-queer-emancipation');
    expect(await one('person:joseph-stalin', 'PERSECUTED', 'person:nikolai-vavilov')).toMatchObject({
      certainty: 'PROBABLE',
      basis: 'INFERENCE',
    });
    expect((await relations('person:konrad-adenauer', ['HEADED'])).map((r) => r.to.id)).toEqual([
      'org:west-german-government',
    ]);
    expect((await relations('person:maxim-gorky', ['LIVED_AT'])).map((r) => r.to.id)).not.toContain(
      'place:russian-empire',
    );
    await one('person:andrzej-ciolkosz', 'TRANSLATED', 'source:herling-grudzinski-world-apart-1951');
    expect(
      (await relations('source:huseyn-underground-rivers-flow-into-the-sea-1964', ['PUBLISHED_IN'])).length,
    ).toBe(0);
    expect((await one('person:fyodor-mochulsky', 'HEADED', 'place:pechorlag')).date?.edtf).toBe('1940/1946');
  });

  it("shows what an entity's dates rest on, and keeps a text's wrong date beside the accepted one", async () => {
    const { entity } = await api.data<{
      entity: Record<string, any>;
    }>(`{ entity(id: "person:joseph-stalin") { ... on Person {
      born { edtf basis { basis note quote } }
      died { edtf basis { basis quote locator } }
      disputedDates { field note quote claim { edtf } }
    } } }`);
    expect(entity.born).toMatchObject({ edtf: '1878', basis: { basis: 'CURATOR', quote: null } });
    expect(entity.born.basis.note).toMatch(/Not in the texts/);
    expect(entity.died).toMatchObject({
      edtf: '1953-03',
      basis: { basis: 'TEXT', quote: "after Stalin's death in March 1953" },
    });
    expect(entity.disputedDates).toEqual([
      expect.objectContaining({
        field: 'died',
        claim: { edtf: '1953-03-06' },
        quote: 'talin died on March 6, 1953.',
      }),
    ]);
    const nkgb = await one('org:gulag', 'PART_OF', 'org:nkgb');
    expect(nkgb.certainty).toBe('DISPUTED');
    expect(nkgb.note).toMatch(/stayed with the NKVD/);
  });

  it('gives imprints as the citation gives them: publisher and place of publication', async () => {
    const { entity } = await api.data<{ entity: Record<string, string> }>(
      '{ entity(id: "source:getty-the-road-to-terror-1999") { ... on Source { publisher publicationPlace } } }',
    );
    expect(entity).toEqual({
      publisher: 'Yale University Press',
      publicationPlace: 'New Haven, Connecticut',
    });
  });
});
