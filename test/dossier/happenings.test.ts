// Two happenings of one storyline told in the same words (`A expelled four of B's diplomats on
// Tuesday`, then `B expelled four of A's diplomats on Friday`) are two claims, not one; and a
// quote's frame that reports where it was said is a statement apart from the quoted words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analysedDossier as dossier, newsArticle as article } from "../fixtures/dossier/analysed.js";

test("mirror happenings on different days in different events are different claims", () => {
  const d = dossier([
    { a: article("w1", "Ostra Wire", "2031-04-08T09:00:00Z", "Tarvia on Tuesday, April 8, ordered three Lennland diplomats to leave the country within 48 hours. The foreign ministry gave no reason."), event: "e1" },
    { a: article("p1", "Harbor Post", "2031-04-08T12:00:00Z", "Tarvia expelled three Lennland diplomats on Tuesday, April 8, giving them 48 hours to leave the country."), event: "e1" },
    { a: article("w2", "Valley Times", "2031-04-11T09:00:00Z", "Lennland on Friday, April 11, ordered three Tarvia diplomats to leave the country within 48 hours, in retaliation."), event: "e2" },
    { a: article("p2", "Ridge Courier", "2031-04-11T13:00:00Z", "Lennland expelled three Tarvia diplomats on Friday, April 11, giving them 48 hours to leave."), event: "e2" },
  ]);
  const claimOf = (id: string, words: string): string | undefined => d.claims.find((c) => c.support.some((s) => s.article === id && s.text.includes(words)))?.id;
  const first = claimOf("w1", "ordered three Lennland");
  const second = claimOf("w2", "ordered three Tarvia");
  assert.ok(first && second);
  assert.notEqual(first, second, "the expulsion and the retaliation are one claim");
  assert.equal(claimOf("p1", "expelled three Lennland"), first);
  assert.equal(claimOf("p2", "expelled three Tarvia"), second);
});

test("a quote's frame (where and how it was said) is its own clause, so it does not chain the quote's claim to a report of the venue", () => {
  const d = dossier([
    { a: article("a", "Ostra Wire", "2031-04-11T09:00:00Z", "Lennland expelled three Tarvian diplomats on Friday. \"Our answer is measured and proportionate,\" Foreign Minister Ada Brill told a news conference in Kessa, speaking through an interpreter."), event: "e" },
    { a: article("b", "Harbor Post", "2031-04-11T10:00:00Z", "Lennland expelled three Tarvian diplomats on Friday. Foreign Minister Ada Brill announced the step at a news conference in Kessa, speaking through an interpreter."), event: "e" },
    { a: article("c", "Valley Times", "2031-04-11T11:00:00Z", "Lennland expelled three Tarvian diplomats on Friday. \"Our answer is measured and proportionate,\" said Foreign Minister Ada Brill."), event: "e" },
  ]);
  const venue = d.claims.find((c) => c.support.some((s) => s.article === "b" && s.text.includes("news conference")));
  assert.ok(venue, "the venue sentence is in a claim");
  assert.ok(!venue.support.some((s) => s.article === "c"), `the venue claim holds the other outlet's bare quote: ${venue.support.map((s) => s.text).join(" | ")}`);
  const quote = d.claims.find((c) => c.support.some((s) => s.article === "c" && s.text.includes("measured and proportionate")));
  assert.ok(quote && quote.support.some((s) => s.article === "a"), "the quote is corroborated by the outlet that printed it with its venue");
});

test("a forecast in an earlier event's report is not a source for the later happening it foresaw", () => {
  const d = dossier([
    { a: article("w1", "Ostra Wire", "2031-04-08T09:00:00Z", "Tarvia on Tuesday, April 8, ordered three Lennland diplomats to leave the country. Diplomats in Kessa expect Lennland to expel an equal number of Tarvia's diplomats."), event: "e1" },
    { a: article("w2", "Valley Times", "2031-04-11T09:00:00Z", "Lennland expelled three Tarvia diplomats on Friday, April 11, in answer to the expulsion of its own staff."), event: "e2" },
    { a: article("p2", "Ridge Courier", "2031-04-11T13:00:00Z", "Lennland on Friday, April 11, expelled three of Tarvia's diplomats."), event: "e2" },
  ]);
  const forecast = d.claims.find((c) => c.support.some((s) => s.article === "w1" && s.text.includes("expect Lennland")));
  assert.ok(forecast);
  assert.ok(!forecast.support.some((s) => s.article !== "w1"), `the forecast is corroborated by the happening: ${forecast.support.map((s) => s.text).join(" | ")}`);
});
