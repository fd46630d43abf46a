// German lexicon: command verbs (including separable "füge ... hinzu"), fillers,
// priorities, lists ("Einkaufsliste", "Liste Arbeit"), queries.
import { clauseRe, type Locale } from "../locale";
import { wordRe } from "../text";
import { DE_DATE_RULES } from "./de-dates";
import { DE_RECURRENCE_RULES } from "./de-recurrence";

const NW =
  "(?!(?:und|mit|für|am|um|zu|zur|hinzu|bitte|heute|morgen|dringend|wichtig|an|ein|auf|in|der|die|das|den|ab|setzen|packen|schreiben|eintragen|hinzufügen)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'&-]+";
const COMMAND_START =
  "füge|füg|fuege|erinnere|neue\\s+aufgabe|lösche|entferne|markiere|hake|verschiebe|benenne|mach|setze|ich\\s+muss|notiere|schreib|schreibe|trag|trage";
const PARTICIPLE =
  "erledigt|fertig|gemacht|abgeschlossen|abgehakt|\\p{L}*ge\\p{L}+t|\\p{L}*ge\\p{L}+en|bezahlt|besorgt|bestellt|überwiesen|repariert|verschickt";

export const de: Locale = {
  lang: "de",
  dateRules: DE_DATE_RULES,
  recurrenceRules: DE_RECURRENCE_RULES,
  fillers: wordRe("bitte|äh+m*|öhm|hm+|ähm+"),
  leadingFillers:
    /^[\s,.]*(?:äh+|ähm+|öhm|hm+|also|okay|ok|ja|na|so|hey|hallo|bitte|kannst\s+du(?:\s+bitte)?|könntest\s+du|würdest\s+du|mal|doch\s+mal|eh|nun|gut|alles\s+klar|sag\s+mal|ach|nein\s+warte|warte)(?![\p{L}'])[\s,.]*/u,
  priorities: [
    {
      value: "low",
      re: wordRe(
        "(?:mit\\s+)?(?:niedriger|niedrige|geringer|geringe|niedrigster|niedrigste|kleiner|kleine)\\s+priorit[äa]t|priorit[äa]t\\s+(?:niedrig|gering|4|vier)|nicht\\s+(?:so\\s+)?(?:wichtig|dringend)|unwichtig|irgendwann(?:\\s+mal)?|ohne\\s+eile|hat\\s+zeit|keine\\s+eile",
      ),
    },
    {
      value: "medium",
      re: wordRe(
        "(?:mit\\s+)?(?:mittlerer|mittlere|normaler|normale)\\s+priorit[äa]t|priorit[äa]t\\s+(?:mittel|normal|3|drei)",
      ),
    },
    {
      value: "urgent",
      re: wordRe(
        "(?:ganz\\s+|sehr\\s+|ist\\s+|als\\s+)?(?:dringend|eilig|asap|so\\s+schnell\\s+wie\\s+m[öo]glich|schnellstm[öo]glich|kritisch)|(?:mit\\s+)?h[öo]chster?\\s+priorit[äa]t|priorit[äa]t\\s+(?:1|eins|dringend)",
      ),
    },
    {
      value: "high",
      re: wordRe(
        "(?:mit\\s+)?(?:hoher|hohe|höherer|höhere)\\s+priorit[äa]t|priorit[äa]t\\s+(?:hoch|2|zwei)|(?:ist\\s+|als\\s+|sehr\\s+)?wichtig",
      ),
    },
  ],
  tags: wordRe(
    "(?:mit\\s+(?:dem\\s+)?)?(?:tag|hashtag|schlagwort|etikett|label)\\s+(?<tag>[\\p{L}\\p{N}_-]+)|getaggt\\s+(?:mit\\s+)?(?<tag2>[\\p{L}\\p{N}_-]+)|#(?<tag3>[\\p{L}\\p{N}_-]+)",
  ),
  listPhrases: [
    wordRe(
      `(?:zur|zu\\s+der|zu\\s+meiner|auf\\s+die|auf\\s+der|auf\\s+meine|auf\\s+meiner|in\\s+die|in\\s+der|in\\s+meine|in\\s+meiner|von\\s+der|von\\s+meiner|aus\\s+der|aus\\s+meiner|für\\s+die|an\\s+die)\\s+(?:(?<compound>[\\p{L}-]+liste)|liste(?:\\s+(?<name>${NW}))?)`,
    ),
  ],
  listPrepositions: "in|nach|zu|zur|auf|auf\\s+die|in\\s+die",
  clauseSplit: new RegExp(
    `\\s*,?\\s+und\\s+(?:dann|auch|außerdem|danach)(?=\\s)|\\s*[,;]\\s*(?:und\\s+)?(?:dann|außerdem|danach)(?=\\s)|\\s*[,;]\\s*(?=(?:${COMMAND_START})(?![\\p{L}]))|\\s+(?:und|außerdem|dann)\\s+(?=(?:${COMMAND_START})(?![\\p{L}]))`,
    "gu",
  ),
  itemSplit: /\s*,\s*(?:und\s+)?|\s+und\s+|\s+sowie\s+/gu,
  verbPhrase: /\s\p{L}{2,}(?:en|ern|eln)$/u,
  undo: [
    clauseRe(
      "(?:mach|mache)\\s+(?:das|es|den\\s+letzten\\s+schritt|die\\s+letzte\\s+aktion)\\s+r[üu]ckg[äa]ngig|r[üu]ckg[äa]ngig(?:\\s+machen)?|nimm\\s+das\\s+zur[üu]ck|vergiss\\s+(?:es|das)|doch\\s+nicht|widerrufen|storniere\\s+das|zur[üu]ck|lass\\s+(?:es|das)|egal|schon\\s+gut|vergiss\\s+das\\s+letzte",
    ),
  ],
  clearCompleted: [
    clauseRe(
      "(?:l[öo]sche|entferne|leere|bereinige|l[öo]sch|r[äa]ume)\\s+(?:alle\\s+|die\\s+|meine\\s+)*(?:erledigten|abgehakten|fertigen|abgeschlossenen)(?:\\s+(?:aufgaben|todos|einträge|sachen))?(?:\\s+.+)?|(?:alle\\s+)?(?:erledigten|abgehakten)\\s+(?:aufgaben\\s+)?(?:l[öo]schen|entfernen)",
    ),
  ],
  create: [
    clauseRe(
      "(?:(?:erstelle|lege|leg)\\s+(?:eine\\s+)?)?neue\\s+(?:(?<pri>dringende|wichtige)\\s+)?aufgabe(?:\\s*[:,]\\s*|\\s+)(?<rest>.+?)(?:\\s+an)?",
    ),
    clauseRe("(?:füge|füg|fuege|fuge)\\s+(?<rest>.+?)\\s+hinzu"),
    clauseRe("(?:füge|füg|fuege|fuge)\\s+(?<rest>.+)"),
    clauseRe(
      "(?:notiere|notier|schreib|schreibe|trag|trage|pack|packe)\\s+(?<rest>.+?)(?:\\s+(?:auf|ein|an|hinzu))?",
    ),
    clauseRe("erinnere\\s+(?:mich|uns)\\s+(?<rest>.+)"),
    clauseRe(
      "(?:ich\\s+(?:muss|sollte|möchte|will|darf\\s+nicht\\s+vergessen)|nicht\\s+vergessen|vergiss\\s+nicht|denk\\s+daran|denke\\s+daran|wir\\s+müssen|muss\\s+noch)(?:\\s+noch)?\\s*,?\\s*(?<rest>.+)",
    ),
  ],
  uncomplete: [
    clauseRe(
      "markiere\\s+(?<target>.+?)\\s+als\\s+(?:nicht\\s+erledigt|unerledigt|offen|nicht\\s+fertig|ausstehend)",
    ),
    clauseRe(
      `(?<target>.+?)\\s+(?:ist|sind|wurde)\\s+(?:doch\\s+|noch\\s+|leider\\s+|gar\\s+)*nicht\\s+(?:${PARTICIPLE})`,
    ),
    clauseRe("(?<target>.+?)\\s+ist\\s+(?:doch\\s+|wieder\\s+)*(?:noch\\s+)?offen"),
    clauseRe("(?:hake|hak)\\s+(?<target>.+?)\\s+(?:wieder\\s+)?(?:aus|los)"),
    clauseRe("(?:öffne|eröffne)\\s+(?<target>.+?)\\s+wieder"),
    clauseRe("reaktiviere\\s+(?<target>.+)"),
  ],
  complete: [
    clauseRe("markiere\\s+(?<target>.+?)\\s+als\\s+(?:erledigt|fertig|abgeschlossen|gemacht|abgehakt)"),
    clauseRe("(?:hake|hak)\\s+(?<target>.+?)\\s+ab"),
    clauseRe("erledige\\s+(?<target>.+)"),
    clauseRe(
      `(?<target>.+?)\\s+(?:ist|sind|wurde|wurden)\\s+(?:jetzt\\s+|schon\\s+|bereits\\s+|endlich\\s+)*(?:${PARTICIPLE})(?:\\s+worden)?`,
    ),
    clauseRe(`ich\\s+(?:habe|hab)\\s+(?<target>.+?)\\s+(?:schon\\s+|bereits\\s+)?(?:${PARTICIPLE})`),
    clauseRe("(?:ich\\s+bin\\s+)?fertig\\s+mit\\s+(?<target>.+)"),
    clauseRe("(?<target>.+?)\\s+erledigt"),
  ],
  delete: [
    clauseRe(
      "(?:l[öo]sche|l[öo]sch|entferne|entfern|streiche|streich|vergiss|verwirf|wirf|schmei(?:ß|ss))\\s+(?<target>.+?)(?:\\s+(?:von\\s+(?:der|meiner)\\s+\\p{L}*liste|raus|weg))?",
    ),
    clauseRe("(?<target>.+?)\\s+(?:l[öo]schen|entfernen|streichen)"),
  ],
  rename: [
    {
      re: clauseRe("(?:benenne|benenn|nenne|nenn)\\s+(?<rest>.+?)\\s+um"),
      renameSeparators: wordRe("in|zu"),
    },
    {
      re: clauseRe("(?:ändere|änder)\\s+den\\s+(?:namen|titel)\\s+(?:von|der\\s+aufgabe)\\s+(?<rest>.+)"),
      renameSeparators: wordRe("in|zu|auf"),
    },
  ],
  update: [
    clauseRe(
      "(?:verschiebe|verschieb|verlege|verleg|leg|lege|setze|setz|stelle|stell|mach|mache|ändere|änder|pack|packe|schieb|schiebe)\\s+(?<rest>.+?)(?:\\s+(?:um|an|hin))?",
    ),
    clauseRe("(?<target>.+?)\\s+ist\\s+(?:jetzt\\s+)?(?<change>.+?)\\s+fällig"),
    clauseRe("(?<target>.+?)\\s+ist\\s+(?:jetzt\\s+)?fällig\\s+(?<change>.+)"),
    clauseRe("(?<rest>.+?\\s+ist\\s+(?:jetzt\\s+)?(?:dringend|wichtig|unwichtig))"),
  ],
  query: {
    patterns: [
      /^[\s,.]*(?:was|welche|welcher|wie\s+viele|zeig|zeige|liste|lies|sag\s+mir|gibt\s+es|habe\s+ich|hab\s+ich|steht)(?![\p{L}]).*(?:aufgaben?|todos?|liste|überfällig|fällig|offen|erledigt|ansteht|steht|\san$|habe\s+ich|hab\s+ich|muss\s+ich|dringend|wichtig|priorit|noch)/u,
    ],
    completed: /(?<!nicht\s|noch\s)(?:erledigt|abgehakt|abgeschlossen|gemacht)/u,
    all: /auch\s+(?:die\s+)?erledigt|inklusive|einschließlich|samt|mit\s+(?:den\s+)?erledigten/u,
    pending: /offen|unerledigt|noch\s+nicht|ausstehend|\bnoch\b/u,
    priority: [
      { value: "low", re: /niedrige[rn]?\s+priorit|unwichtig/u },
      { value: "urgent", re: /dringend/u },
      { value: "high", re: /hohe[rn]?\s+priorit|wichtig/u },
    ],
    due: [
      { value: "overdue", re: /überfällig|verpasst|zu\s+spät|verspätet/u },
      { value: "next_week", re: /nächste[n]?\s+woche|kommende[n]?\s+woche/u },
      { value: "this_week", re: /diese[r]?\s+woche/u },
      { value: "tomorrow", re: /(?<!heute\s)morgen(?!s)/u },
      { value: "today", re: /heute/u },
    ],
  },
  unknown: [
    clauseRe(
      "(?:wie|wer|warum|wieso|weshalb|wann|wo|woher|wohin)(?![\\p{L}]).*|(?:spiel|spiele)\\s+.+|(?:mach|mache|stell)\\s+(?:die\\s+)?(?:musik|lauter|leiser|das\\s+licht|den\\s+fernseher).*|(?:erzähl|erzähle)\\s+mir.*|stell\\s+(?:einen\\s+)?(?:wecker|timer).*|(?:was|wie)\\s+(?:ist|wird)\\s+das\\s+wetter.*|lauter|leiser|stopp|pause|hallo|danke",
    ),
  ],
  pronoun: /^(?:es|das|sie|ihn|die|den|diese|diesen|dieses|das\s+ding)$/u,
  stopwords: new Set(
    "der die das den dem des ein eine einen einem einer mein meine meinen meiner aufgabe aufgaben für an am zum zur und mit von auf in im zu ist liste sache ding".split(
      " ",
    ),
  ),
  danglingWords:
    /^(?:(?:der|die|das|den|dem|des|ein|eine|einen|am|an|um|zu|zur|zum|auf|für|und|bis)\s+)+|(?:\s+(?:der|die|das|den|dem|am|an|um|zu|zur|auf|für|und|bis|ab|ist|bitte|noch|hinzu|jeden|jede))+$/u,
  titleIntro: /^(?:(?:eine\s+)?aufgabe\s*:?\s+|daran\s*,?\s*(?:dass\s+)?|dran\s+|an\s+)/u,
};
