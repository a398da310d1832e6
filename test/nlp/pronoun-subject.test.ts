// A pronoun that speaks (`she said`, `a-t-elle déclaré`) carries on the previous sentence's subject,
// not the person that sentence names last (`... with the regional prefect, Marc Aubry`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./helpers.js";

const speakerOf = (text: string, lang = "en", needle: string): string | undefined => {
  const a = run(text, { language: lang });
  return a.quotes.find((q) => q.text.includes(needle))?.speaker?.name;
};

test("a speaking pronoun is the previous sentence's subject, in English and in French", () => {
  assert.equal(speakerOf("Mayor Ina Sorrell toured the harbour on Monday with the regional prefect, Marc Aubry. \"The sea came over the wall as if it was not there,\" she said.", "en", "The sea"), "Ina Sorrell");
  assert.equal(
    speakerOf("La maire de Tellby, Ina Sorrell, a visité le port lundi avec le préfet Marc Aubry. « La mer est passée par-dessus le mur comme s'il n'existait pas », a-t-elle déclaré.", "fr", "La mer"),
    "Ina Sorrell",
  );
});

test("a sentence that opens otherwise has no subject to carry on, and the pronoun's own sentence decides first", () => {
  // `On Monday the prefect ...`: no person opens the sentence; the nearest person speaks.
  assert.equal(speakerOf("On Monday the harbour was shown by Ina Sorrell to the regional prefect, Marc Aubry. \"The sea came over the wall,\" he said.", "en", "The sea"), "Marc Aubry");
  // A person named in the pronoun's own sentence before it.
  assert.equal(speakerOf("Mayor Ina Sorrell toured the harbour. Asked about prefect Marc Aubry's plan, he said: \"It comes too late.\"", "en", "It comes"), "Marc Aubry");
});

test("a speaking pronoun is not a person its own sentence names only after a preposition", () => {
  assert.equal(
    speakerOf('Lena Varga resigned as health minister on Monday. In a letter to Prime Minister Tomas Brand, she wrote: "I have done nothing wrong, but I will not be a distraction."', "en", "done nothing"),
    "Lena Varga",
  );
  // Named as the subject of the pronoun's own sentence, the person keeps it.
  assert.equal(speakerOf('Lena Varga resigned on Monday. Prime Minister Tomas Brand took questions, and he said: "We will move on."', "en", "move on"), "Tomas Brand");
});

test("a name qualifying a role before the person holding it is not the sentence's subject", () => {
  assert.equal(
    speakerOf('Tellby Rovers beat Harl Town 2-1 on Saturday. Rovers manager Alan Deverell was happy with the points. "The lads showed real character after the break," he said.', "en", "real character"),
    "Alan Deverell",
  );
});
