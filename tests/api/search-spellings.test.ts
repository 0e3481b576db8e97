/**
 * How readers type names, through the GraphQL API: any case, with or without diacritics, with
 * or without the little words, with the text's punctuation, transliterated, misspelt or cut
 * short. Each way of typing must bring the entity first.
 */
import { searchIds } from '../support/batched-search';
import { TestApi } from '../support/test-api';

const SPELLINGS: { way: string; text: string; id: string }[] = [
  { way: 'upper case', text: 'THE GULAG ARCHIPELAGO', id: 'source:solzhenitsyn-the-gulag-archipelago-1973' },
  { way: 'lower case', text: 'the mordovian marathon', id: 'source:kuznetsov-the-mordovian-marathon-1979' },
  { way: 'diacritics typed', text: 'KARLO ŠTAJNER', id: 'person:karlo-stajner' },
  { way: 'diacritics left out', text: 'Rozsas', id: 'person:janos-rozsas' },
  { way: 'diacritics left out', text: 'Anita Nandris-Cudla', id: 'person:anita-nandris-cudla' },
  { way: 'letters without a mark left out (ł)', text: 'Slawomir Rawicz', id: 'person:slavomir-rawicz' },
  {
    way: 'accents and apostrophe left out',
    text: 'Glavnoye upravleniye ispravitelno-trudovykh lagerey',
    id: 'org:gulag',
  },
  { way: 'little words left out', text: 'Law Spikelets', id: 'law:law-of-spikelets' },
  { way: 'little words left out', text: 'Article 121 RSFSR Criminal Code', id: 'law:rsfsr-121' },
  {
    way: 'little words left out',
    text: 'One Day Life Ivan Denisovich',
    id: 'source:solzhenitsyn-one-day-in-the-life-of-ivan-denisovich-1962',
  },
  { way: 'little words added', text: 'The Law of Spikelets', id: 'law:law-of-spikelets' },
  { way: 'little words added', text: 'the Order No. 270', id: 'law:order-no-270' },
  { way: 'little words added, words reordered', text: 'The Spikelets Law', id: 'law:law-of-spikelets' },
  { way: 'punctuation of the text, other apostrophe', text: "Amal'rik", id: 'person:andrei-amalrik' },
  { way: 'punctuation of the text', text: 'Herling-Grudziński', id: 'person:gustaw-herling-grudzinski' },
  { way: 'punctuation left out', text: 'Herling Grudzinski', id: 'person:gustaw-herling-grudzinski' },
  { way: 'punctuation of the text', text: '154-a', id: 'law:rsfsr-154a' },
  { way: 'punctuation of the text', text: 'No. 270', id: 'law:order-no-270' },
  { way: 'transliteration', text: 'Jagoda', id: 'person:genrikh-yagoda' },
  { way: 'transliteration', text: 'Genrich Jagoda', id: 'person:genrikh-yagoda' },
  { way: 'transliteration', text: 'Maksim Gorkii', id: 'person:maxim-gorky' },
  { way: 'Cyrillic, as an alias', text: 'БЕХТЕРЕВ', id: 'person:vladimir-bekhterev' },
  { way: 'Cyrillic, romanised', text: 'Хрущёв', id: 'person:nikita-khrushchev' },
  { way: 'Cyrillic, romanised', text: 'Николай Ежов', id: 'person:nikolai-yezhov' },
  { way: 'typo', text: 'Solzhenitsin', id: 'person:aleksandr-solzhenitsyn' },
  { way: 'typo', text: 'Gulag Archipelgo', id: 'source:solzhenitsyn-the-gulag-archipelago-1973' },
  { way: 'typo', text: 'Mordovain Marathon', id: 'source:kuznetsov-the-mordovian-marathon-1979' },
  { way: 'partial name', text: 'Bekht', id: 'person:vladimir-bekhterev' },
  { way: 'partial name', text: 'Spikel', id: 'law:law-of-spikelets' },
];

let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(async () => {
  await api.stop();
});

it('brings the entity first however a reader types its name', async () => {
  const answers = await searchIds(
    api,
    SPELLINGS.map((spelling) => ({ text: spelling.text, first: 3 })),
  );
  const firsts = SPELLINGS.map((spelling, i) => ({ ...spelling, first: answers[i]![0] ?? null }));
  expect(firsts.filter((s) => s.first !== s.id)).toEqual([]);
});

it('keeps the exact name first within a kind filter', async () => {
  const data = await api.data(`{ search(text: "Magadan", kinds: [PLACE], first: 2) { entity { id kind } } }`);
  expect(data.search[0].entity.id).toBe('place:magadan');
  expect(data.search.every((h: { entity: { kind: string } }) => h.entity.kind === 'PLACE')).toBe(true);
});

it('counts a name typed without ł, æ or ß as the exact name (score of 100 and more)', async () => {
  const data = await api.data(`{
    polish: search(text: "Slawomir Rawicz", first: 1) { score entity { id } }
    latin: search(text: "Encyclopaedia Britannica", first: 1) { score entity { id } }
  }`);
  expect(data.polish[0]).toEqual({ score: expect.any(Number), entity: { id: 'person:slavomir-rawicz' } });
  expect(data.polish[0].score).toBeGreaterThanOrEqual(100);
  expect(data.latin[0].entity.id).toBe('source:britannica-gulag');
  expect(data.latin[0].score).toBeGreaterThanOrEqual(100);
});

it('searches a text made only of little words', async () => {
  const data = await api.data(`{ search(text: "The", first: 5) { entity { id } } }`);
  expect(data.search.length).toBeGreaterThan(0);
});

it('scores in the order of the hits: from 200 the name as typed, from 100 without little words, below 100 the rest', async () => {
  const data = await api.data(`{
    exact: search(text: "One Day in the Life of Ivan Denisovich", first: 10) { score entity { id } }
    bare: search(text: "One Day Life Ivan Denisovich", first: 10) { score entity { id } }
    partial: search(text: "Day in the Life of Ivan Denisov", first: 10) { score entity { id } }
  }`);
  const book = 'source:solzhenitsyn-one-day-in-the-life-of-ivan-denisovich-1962';
  const scoreOfBook = (hits: { score: number; entity: { id: string } }[]) =>
    hits.find((h) => h.entity.id === book)?.score;
  expect(scoreOfBook(data.exact)).toBeGreaterThanOrEqual(200);
  expect(scoreOfBook(data.exact)).toBeLessThan(300);
  expect(scoreOfBook(data.bare)).toBeGreaterThanOrEqual(100);
  expect(scoreOfBook(data.bare)).toBeLessThan(200);
  expect(scoreOfBook(data.partial)).toBeLessThan(100);
  for (const hits of [data.exact, data.bare, data.partial]) {
    const scores = hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  }
});
