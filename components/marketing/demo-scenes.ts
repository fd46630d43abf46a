// The three spoken commands the landing-page demo plays, and what the app does
// with each. The parses match what lib/voice returns for these sentences.

export type DemoRow = {
  title: string;
  due?: string;
  tone?: "overdue" | "today";
  priority?: "high";
};

export type DemoScene = {
  id: "en" | "es" | "de";
  language: string;
  transcript: string;
  chips: { label: string; value: string }[];
  reply: string;
  /** Already on the list before the command. */
  rows: DemoRow[];
  /** A create lands this row at the end of the list. */
  added?: DemoRow;
  /** A question highlights these rows (indexes into rows) and dims the rest. */
  matches?: number[];
};

export const DEMO_SCENES: DemoScene[] = [
  {
    id: "en",
    language: "English",
    transcript: "add call the plumber tomorrow at 9 high priority",
    chips: [
      { label: "Date", value: "tomorrow 09:00" },
      { label: "Priority", value: "high" },
      { label: "List", value: "Inbox" },
    ],
    reply: "Added ‘Call the plumber’ · tomorrow 09:00 · high",
    rows: [
      { title: "Buy milk", due: "Today", tone: "today" },
      { title: "Renew passport", due: "Mon", tone: "overdue" },
      { title: "Book the dentist", due: "Fri" },
    ],
    added: { title: "Call the plumber", due: "Tomorrow 09:00", priority: "high" },
  },
  {
    id: "es",
    language: "Español",
    transcript: "añade comprar pan mañana",
    chips: [
      { label: "Date", value: "mañana" },
      { label: "List", value: "Inbox" },
    ],
    reply: "Añadido ‘Comprar pan’ · mañana",
    rows: [
      { title: "Llamar al dentista", due: "Today", tone: "today" },
      { title: "Pagar el alquiler", due: "Fri" },
      { title: "Regar las plantas" },
    ],
    added: { title: "Comprar pan", due: "Tomorrow" },
  },
  {
    id: "de",
    language: "Deutsch",
    transcript: "was ist überfällig",
    chips: [{ label: "Shows", value: "overdue" }],
    reply: "Du hast 2 Aufgaben: Reisepass verlängern, Stromrechnung bezahlen",
    rows: [
      { title: "Reisepass verlängern", due: "Mon", tone: "overdue" },
      { title: "Milch kaufen", due: "Today", tone: "today" },
      { title: "Stromrechnung bezahlen", due: "Thu", tone: "overdue" },
      { title: "Reifen wechseln", due: "Sat" },
    ],
    matches: [0, 2],
  },
];

/** Milliseconds from the start of a scene to each of its beats. */
export function sceneTimeline(scene: DemoScene) {
  const start = 500;
  const perWord = 260;
  const words = scene.transcript.split(" ");
  const final = start + words.length * perWord + 250;
  const chipsAt = final + 200;
  const result = chipsAt + scene.chips.length * 220 + 300;
  return {
    start,
    words: words.map((word, i) => ({ word, at: start + i * perWord })),
    final,
    chips: scene.chips.map((chip, i) => ({ ...chip, at: chipsAt + i * 220 })),
    result,
    end: result + 700,
  };
}

/** How long the finished scene stays on screen before the next one starts. */
export const HOLD_MS = 2800;
