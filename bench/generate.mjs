// Generates synthetic stories in our format (docs/story-format.md) for the benchmark:
// N events with newsroom-like text lengths (titles ~60 characters, summaries ~300),
// 10 parties, 8 tracks, ~N/4 points, ~N/2 claims and ~N/10 sources, all from a fixed-seed
// PRNG so every run measures the same bytes.
//
// A story must stay under the parser's 4 MiB file limit (crates/story/src/limits.rs).
// When the full shape would not fit, claims are dropped from the end until it does, and
// `generate` says so in `note` rather than the benchmark quietly measuring a smaller story.
//
// With `{ living: true }` the story is format version 2 and uses every field that version
// added (stamps, an update log with corrections, deadlines and extensions, dates counted from
// an event, roles, documents, media, dated positions with history, settled disputes, several
// tracks per point, phases). The tests use it; the benchmark keeps the plain shape, so its figures
// stay comparable between runs.
//
//   node bench/generate.mjs 500 5000   # writes target/bench/stories/events-<N>.json
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The parser's file-size limit, `MAX_STORY_BYTES` in crates/story/src/limits.rs. */
export const MAX_STORY_BYTES = 4 * 1024 * 1024;

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; same seed, same story. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTIES = [
  { id: "northland", name: "Northland", kind: "country", stance: "Wants binding guarantees before any ceasefire line is fixed." },
  { id: "southland", name: "Southland", kind: "country", stance: "Seeks sanctions relief in exchange for a phased withdrawal." },
  { id: "eastmark", name: "Eastmark", kind: "country", stance: "Offers to host talks and to monitor a ceasefire." },
  { id: "westria", name: "Westria", kind: "country", stance: "Ties reconstruction money to progress on prisoner exchanges." },
  { id: "river-union", name: "River Union", kind: "bloc", members: ["northland", "eastmark", "westria"] },
  { id: "commission", name: "Joint Monitoring Commission", kind: "organisation" },
  { id: "berg", name: "Ana Berg", kind: "person", role: "Foreign Minister of Northland", party: "northland" },
  { id: "vale", name: "Tomas Vale", kind: "person", role: "Chief negotiator of Southland", party: "southland" },
  { id: "okafor", name: "Ngozi Okafor", kind: "person", role: "Special envoy of Eastmark", party: "eastmark" },
  { id: "lindqvist", name: "Erik Lindqvist", kind: "person", role: "Prime Minister of Westria", party: "westria" },
];
const PEOPLE = PARTIES.filter((p) => p.kind === "person").map((p) => p.id);

const TRACKS = [
  ["security-guarantees", "Security guarantees"], ["ceasefire", "Ceasefire and monitoring"],
  ["territory", "Territory"], ["prisoners", "Prisoner exchanges"], ["sanctions", "Sanctions"],
  ["reconstruction", "Reconstruction"], ["energy", "Energy and ports"], ["humanitarian", "Humanitarian access"],
].map(([id, name]) => ({ id, name, description: `Talks on ${name.toLowerCase()} between the parties and their partners.` }));

const PLACES = ["Geneva", "Vienna", "Istanbul", "Oslo", "Doha", "Riyadh", "Paris", "Helsinki", "Ankara", "Rome"];
const OUTLETS = ["Example News", "Example Wire", "The Daily Record", "Politico", "Reuters", "Evening Herald", "Global Report"];
const STATUSES = ["agreed", "largely_agreed", "in_progress", "not_started", "disputed", "not_agreed", "dropped"];

// Sentence parts: subject, verb phrase, object, qualifier. Joined and trimmed to length.
const VERBS = ["agree on", "reject", "discuss", "postpone talks on", "sign a memorandum on", "clash over",
  "narrow differences on", "set out proposals for", "call for a pause in talks on", "exchange drafts on"];
const OBJECTS = ["a ceasefire line", "prisoner exchanges", "sanctions relief", "grain shipments", "a monitoring mission",
  "security guarantees", "the return of displaced families", "energy supplies", "reconstruction funds", "port access",
  "a demilitarised zone", "the sequence of the next steps"];
const QUALIFIERS = ["after a day of talks", "behind closed doors", "under pressure from partners", "in a late-night session",
  "despite objections from hardliners", "with mediators present", "ahead of a leaders' summit", "as fighting continues",
  "according to officials", "in a joint statement"];
const FILLER = ["Officials said the wording still needed work and that experts would meet again within days.",
  "Both delegations described the mood as businesslike, though neither side gave ground on the main questions.",
  "Mediators proposed a timetable that ties each step to verification by an independent commission.",
  "The talks were overshadowed by reports of new strikes near the contact line on the same morning.",
  "Diplomats briefed on the meeting said the draft now runs to twelve pages with several passages in brackets.",
  "Partners pledged to keep funding humanitarian corridors while the political negotiations continue.",
  "A spokesman declined to comment on the details but confirmed that a further round is planned.",
  "Analysts cautioned that similar commitments had collapsed before when monitoring proved impossible."];

/** A story generator over one PRNG. */
function writer(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, min, max) => {
    const count = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const name = (id) => PARTIES.find((p) => p.id === id).name;
  /** A headline of about `length` characters. */
  const headline = (length) => {
    const [a, b] = some(PARTIES.slice(0, 6).map((p) => p.id), 2, 2);
    let text = `${name(a)} and ${name(b)} ${pick(VERBS)} ${pick(OBJECTS)}`;
    while (text.length < length - 10) text += ` ${pick(QUALIFIERS)}`;
    return text.length > length + 15 ? text.slice(0, text.lastIndexOf(" ", length + 10)) : text;
  };
  /** Prose of about `length` characters, in whole sentences. */
  const prose = (length) => {
    let text = `${headline(70)}.`;
    while (text.length < length - 40) text += ` ${pick(FILLER)}`;
    return text;
  };
  return { random, pick, some, headline, prose };
}

const DAY = 86_400_000;
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The story with `events` events, as an object. `seed` fixes every choice.
 * Returns { story, note } where `note` says what was trimmed to fit the file limit, if anything.
 */
export function generate(events, seed = 7, { living = false } = {}) {
  const w = writer(prng(seed * 1_000_003 + events));
  const { random, pick, some, headline, prose } = w;
  const start = Date.UTC(2024, 0, 1);
  // About three events a day, like a live-blogged negotiation; the last tenth is expected.
  const span = Math.max(30, Math.ceil(events / 3));
  const published = start + span * DAY;
  const sourceCount = Math.max(5, Math.round(events / 10));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${i + 1}`,
    outlet: OUTLETS[i % OUTLETS.length],
    title: headline(60),
    url: `https://news.example.com/world/talks/${i + 1}`,
    published: day(start + Math.floor((i / sourceCount) * span) * DAY),
  }));
  const sourceIds = sources.map((s) => s.id);
  const partyIds = PARTIES.map((p) => p.id);
  const trackIds = TRACKS.map((t) => t.id);

  const eventList = Array.from({ length: events }, (_, i) => {
    const expected = i >= events * 0.97;
    const first = expected ? published + (1 + Math.floor(random() * 20)) * DAY : start + Math.floor((i / events) * span) * DAY;
    const roll = random();
    const date = expected
      ? { kind: "expected", start: day(first), end: day(first + 3 * DAY), text: "within the next few days" }
      : roll < 0.75 ? { kind: "exact", date: day(first) }
        : roll < 0.88 ? { kind: "range", start: day(first), end: day(first + 2 * DAY) }
          : { kind: "approximate", start: day(first), end: day(first + 6 * DAY), text: "that week" };
    return {
      id: `event-${i + 1}`,
      title: headline(60),
      date,
      ...(random() < 0.7 ? { place: pick(PLACES) } : {}),
      participants: some(partyIds, 1, 4),
      tracks: some(trackIds, 1, 2),
      summary: prose(300),
      sources: some(sourceIds, 1, 2),
    };
  });
  const eventIds = eventList.map((e) => e.id);

  const pointList = Array.from({ length: Math.min(2000, Math.max(10, Math.round(events / 4))) }, (_, i) => ({
    id: `point-${i + 1}`,
    title: headline(40),
    status: STATUSES[i % STATUSES.length],
    track: pick(trackIds),
    summary: prose(200),
    positions: some(partyIds, 1, 2).map((party) => ({ party, stance: `${prose(90)}` })),
    events: some(eventIds, 1, 3),
    sources: some(sourceIds, 1, 2),
  }));
  const pointIds = pointList.map((p) => p.id);

  const claims = Array.from({ length: Math.max(10, Math.round(events / 2)) }, (_, i) => {
    const roll = random();
    const attribution = roll < 0.6 ? { kind: "on_record", speaker: pick(PEOPLE) }
      : roll < 0.8 ? { kind: "anonymous_source", described_as: "a diplomat briefed on the talks" }
        : { kind: "media_report", described_as: "a senior official" };
    return {
      id: `claim-${i + 1}`,
      attribution,
      ...(random() < 0.4 ? { quote: headline(70) } : {}),
      statement: prose(120),
      sources: some(sourceIds, 1, 2),
      points: [pick(pointIds)],
      events: [pick(eventIds)],
    };
  });
  // Every tenth claim is contradicted by the next one, both naming the same point.
  for (let i = 0; i + 1 < claims.length; i += 10) {
    claims[i + 1].points = claims[i].points;
    claims[i].contradicts = [claims[i + 1].id];
    claims[i + 1].contradicts = [claims[i].id];
  }

  const story = {
    version: 1,
    id: `bench-${events}`,
    title: `Synthetic negotiation with ${events} events: ${headline(50)}`,
    summary: prose(300),
    language: "en",
    published: new Date(published).toISOString().replace(".000Z", "Z"),
    publisher: { name: "Example News", url: "https://news.example.com/" },
    parties: PARTIES,
    tracks: TRACKS,
    events: eventList,
    points: pointList,
    claims,
    questions: Array.from({ length: 3 }, (_, i) => ({
      id: `question-${i + 1}`, question: `${headline(50)}?`, answer: prose(300),
      points: some(pointIds, 1, 3), events: some(eventIds, 1, 3),
    })),
    next_steps: eventList.filter((e) => e.date.kind === "expected").slice(0, 5).map((e, i) => ({
      id: `step-${i + 1}`, title: e.title, summary: prose(150), expected: e.date, event: e.id,
      parties: e.participants, sources: e.sources,
    })),
    sources,
  };

  if (living) makeLiving(story, w, { start, span, published });

  // Fit the file limit by dropping claims from the end (with the references to them).
  const fullBytes = Buffer.byteLength(JSON.stringify(story));
  let note = null;
  if (fullBytes > MAX_STORY_BYTES) {
    const wanted = story.claims.length;
    while (Buffer.byteLength(JSON.stringify(story)) > MAX_STORY_BYTES - 4096) {
      story.claims.length -= 50;
    }
    const kept = new Set(story.claims.map((c) => c.id));
    for (const claim of story.claims) {
      if (claim.contradicts) claim.contradicts = claim.contradicts.filter((id) => kept.has(id));
      if (claim.contradicts?.length === 0) {
        delete claim.contradicts;
        delete claim.resolved;
      }
    }
    for (const item of [...story.points.flatMap((p) => p.history ?? []), ...(story.updates ?? [])]) {
      if (item.claims) item.claims = item.claims.filter((id) => kept.has(id));
    }
    note = `the full shape is ${fullBytes} bytes, over the ${MAX_STORY_BYTES}-byte file limit; ` +
      `kept ${story.claims.length} of ${wanted} claims to fit`;
  }
  return { story, note };
}

const ROLES = { northland: ["negotiator"], southland: ["negotiator"], eastmark: ["mediator", "guarantor"],
  westria: ["facilitator"], "river-union": ["guarantor", "observer"], commission: ["verifier"] };
const MEDIA = ["written_statement", "press_conference", "interview", "social_media", "televised_address", "speech", "briefing"];
const stamp = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");

/** Turns a generated story into a version 2 one that uses every field version 2 added. */
function makeLiving(story, { random, pick, some, prose }, { start, span, published }) {
  story.version = 2;
  // The story was updated over its last fifth: items dated then were added then.
  const late = start + Math.floor(span * 0.8) * DAY;
  story.updated = stamp(published + 6 * 3_600_000);
  const addedAt = (dayText) => stamp(Math.max(Date.parse(dayText), late) + 12 * 3_600_000);
  story.parties = story.parties.map((p) => ({ ...p, ...(ROLES[p.id] ? { roles: ROLES[p.id] } : {}) }));
  const events = story.events;
  // Every 25th event is a deadline; every other one is missed and extended to the next.
  const deadlines = events.filter((_, i) => i % 25 === 12 && events[i].date.kind === "exact");
  deadlines.forEach((e, i) => {
    e.kind = "deadline";
    e.outcome = i % 3 === 2 ? "met" : "missed";
    const next = deadlines[i + 1];
    if (i % 2 === 0 && next && next.date.date > e.date.date) e.extended_to = next.id;
  });
  // Three rounds of talks, each a phase: a range of about a sixth of the span.
  [1, 3, 5].map((k) => events[Math.floor((events.length * k) / 8)])
    .filter((e) => e && e.date.kind === "exact" && e.kind !== "deadline")
    .forEach((e, k) => {
      const first = Date.parse(e.date.date);
      e.phase = true;
      e.title = `Round ${k + 1} of talks: ${e.title}`;
      e.date = { kind: "range", start: e.date.date, end: day(first + Math.max(2, Math.floor(span / 6)) * DAY) };
    });
  // Expected events count from the last past event, a few days on.
  const anchors = events.filter((e) => e.date.kind !== "expected" && e.kind !== "deadline");
  events.filter((e) => e.date.kind === "expected").forEach((e, i) => {
    if (i % 2 === 1) return;
    const anchor = anchors[anchors.length - 1 - (i % 5)];
    e.date = { kind: "after", event: anchor.id, days: i % 3 === 0 ? 0 : 30 + i, text: i % 3 === 0 ? "when the monitors report" : `${30 + i} days after the talks` };
  });
  for (const e of events) {
    const first = e.date.date ?? e.date.start;
    if (first && Date.parse(first) >= late) e.added = addedAt(first);
  }
  for (const [i, point] of story.points.entries()) {
    point.tracks = [point.track, ...some(TRACKS.map((t) => t.id), 0, 1)].filter((t, j, all) => all.indexOf(t) === j);
    delete point.track;
    if (i % 8 === 3) point.status = "interpretation_disputed";
    for (const position of point.positions) {
      position.date = { kind: "exact", date: day(start + Math.floor(random() * span) * DAY) };
      position.sources = some(story.sources.map((s) => s.id), 1, 1);
      if (random() < 0.3) {
        position.history = [{ stance: prose(80), date: { kind: "exact", date: day(start) }, sources: position.sources }];
      }
    }
    if (i % 5 === 0) {
      const claim = story.claims[i % story.claims.length];
      point.history = [{
        status: "disputed", date: { kind: "exact", date: day(start + DAY) }, note: prose(80),
        sources: claim.sources, event: point.events[0], claims: [claim.id], until: addedAt(day(late)),
      }];
      point.updated = addedAt(day(late));
    }
  }
  story.sources.push({ id: "fact-sheet", outlet: "Northland Foreign Ministry", title: "Fact sheet on the framework",
    published: day(late), added: addedAt(day(late)) });
  for (const [i, claim] of story.claims.entries()) {
    if (i % 7 === 0) claim.medium = pick(MEDIA);
    if (i % 23 === 5) {
      claim.attribution = { kind: "document", document: "fact-sheet", ...(i % 2 ? { speaker: "northland" } : {}) };
      claim.sources = ["fact-sheet"];
    }
    // Every other contradiction is settled later, at a known event.
    if (i % 20 === 0 && claim.contradicts) {
      claim.resolved = { date: day(late), event: events[Math.floor(events.length * 0.85)].id, note: prose(60) };
    }
  }
  // About one update for every ten late events, and never fewer than three.
  const lateEvents = story.events.filter((e) => e.added);
  const every = Math.max(1, Math.floor(lateEvents.length / Math.max(3, lateEvents.length / 10)));
  story.updates = lateEvents
    .filter((_, i) => i % every === 0)
    .map((e, i) => ({
      time: e.added, kind: i % 5 === 1 ? "correction" : "update", text: prose(140), events: [e.id],
      ...(i % 3 === 0 ? { points: [story.points[i % story.points.length].id], parties: [pick(PARTIES).id] } : {}),
      ...(i % 4 === 0 ? { claims: [story.claims[i % story.claims.length].id] } : {}),
    }));
  story.next_steps = story.next_steps.map((s) => ({ ...s, expected: events.find((e) => e.id === s.event).date }));
}

/**
 * Writes target/bench/stories/events-<N>.json (events-<N>-living.json with `{ living: true }`)
 * for each N; returns [{ n, path, bytes, note }].
 */
export async function writeStories(sizes, dir = new URL("../target/bench/stories/", import.meta.url), options = {}) {
  await mkdir(dir, { recursive: true });
  const written = [];
  for (const n of sizes) {
    const { story, note } = generate(n, 7, options);
    const path = fileURLToPath(new URL(`events-${n}${options.living ? "-living" : ""}.json`, dir));
    const text = JSON.stringify(story);
    await writeFile(path, text);
    written.push({ n, path, bytes: Buffer.byteLength(text), note });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  for (const { path, bytes, note } of await writeStories(sizes.length ? sizes : [500, 5000])) {
    console.log(`${path}: ${bytes} bytes${note ? ` (${note})` : ""}`);
  }
}
