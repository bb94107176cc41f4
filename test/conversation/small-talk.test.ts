import { smallTalkOf } from '../../src/conversation/small-talk';

describe('small talk', () => {
  it.each([
    ['takk', 'thanks'],
    ['Tusen takk!', 'thanks'],
    ['hei', 'greeting'],
    ['ok', 'acknowledge'],
    ['flott, da vet jeg det', 'acknowledge'],
    ['Godt å vite!', 'acknowledge'],
    ['ok, good to know', 'acknowledge'],
    ['da veit eg det', 'acknowledge'],
    ['that helps, thanks', 'acknowledge'],
    ['makes sense', 'acknowledge'],
    ['ok cool', 'acknowledge'],
    ['hva heter du egentlig', 'who-are-you'],
    ["what's your name?", 'who-are-you'],
    ['Ja, greit det', 'acknowledge'],
    ['alright then 👍', 'acknowledge'],
    ['okkkk', 'acknowledge'],
    ['sounds good', 'acknowledge'],
  ])('hears "%s" as %s', (text, kind) => {
    expect(smallTalkOf(text)).toBe(kind);
  });

  it.each(['jeg vet ikke om jeg kan legge ut bildet', 'ok, kan jeg dele kommunens innlegg?', 'er det greit?', 'ok bilde', 'I see a comment with a threat on our page, what now?'])('leaves the question "%s" to the matcher', (text) => {
    expect(smallTalkOf(text)).toBeUndefined();
  });
});
