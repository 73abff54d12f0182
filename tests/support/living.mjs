// Two versions of a story a day apart, made from a seed story, for the living-story tests
// and screenshots (tests/browser/living.test.mjs, tests/browser/living-screenshots.mjs):
// the second adds one event, moves one disputed point to agreed (its old status kept in
// the history) and logs an update and a correction.

export const ID = "living-test";
/** Later than every stamp of the seed; the first version's update time. */
export const T0 = "2026-02-01T09:00:00Z";
/** When the second version changed things. */
export const T1 = "2026-02-03T15:30:00Z";
export const NEW_EVENT = "living-new-event";

const TEXT = {
  en: {
    title: "Negotiators return to Paris for a second round",
    summary: "Delegations met again to settle the wording left open after the first week.",
    note: "Accounts differed on this before the second round.",
    update: "A second round of talks began in Paris.",
    correction: "An earlier version gave the wrong status for this point.",
  },
  uk: {
    title: "Переговорники повертаються до Парижа на другий раунд",
    summary: "Делегації знову зустрілися, щоб узгодити формулювання, які залишилися відкритими після першого тижня.",
    note: "До другого раунду версії сторін щодо цього розходилися.",
    update: "У Парижі почався другий раунд переговорів.",
    correction: "У попередній версії був неправильний статус цього пункту.",
  },
};

/** The first version: the seed as format v2 under its own id, everything dated T0 or before. */
export function firstVersion(seed) {
  const story = structuredClone(seed);
  story.version = 2;
  story.id = ID;
  story.updated = T0;
  return story;
}

/** The second version of `first`, in the language of its text (`en` or `uk`). */
export function secondVersion(first) {
  const text = TEXT[first.language] ?? TEXT.en;
  const story = structuredClone(first);
  story.updated = T1;
  const source = story.sources[0].id;
  story.events.push({
    id: NEW_EVENT,
    title: text.title,
    date: { kind: "exact", date: "2026-02-03" },
    summary: text.summary,
    sources: [source],
    added: T1,
  });
  const point = story.points.find((p) => p.status === "disputed");
  point.history = [...(point.history ?? []), {
    status: "disputed",
    date: { kind: "exact", date: "2026-01-10" },
    note: text.note,
    sources: [source],
    until: T1,
  }];
  point.status = "agreed";
  point.updated = T1;
  story.updates = [...(story.updates ?? []),
    { time: T1, kind: "update", text: text.update, events: [NEW_EVENT] },
    { time: T1, kind: "correction", text: text.correction, points: [point.id] },
  ];
  return story;
}

/** The point whose status the second version changed. */
export function changedPointOf(second) {
  return second.updates.find((u) => u.kind === "correction" && u.time === T1).points[0];
}
