// English lexicon: command verbs, fillers, priorities, lists, queries.
import { clauseRe, type Locale } from "../locale";
import { wordRe } from "../text";
import { EN_DATE_RULES } from "./en-dates";
import { EN_RECURRENCE_RULES } from "./en-recurrence";

// A list name word: anything but the words that frame it.
const NW =
  "(?!(?:to|on|onto|in|into|for|from|off|the|my|our|your|a|an|list|lists|and|with|at|by|of|this|that)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'&-]+";
const COMMAND_START =
  "add|remind\\s+me|create|put|delete|remove|erase|mark|check\\s+off|tick\\s+off|uncheck|complete|reopen|cancel|move|rename|postpone|push|reschedule|make|change|set|i\\s+need\\s+to|new\\s+task|get\\s+rid\\s+of|forget\\s+about";
const DONE = "done|complete|completed|finished|checked(?:\\s+off)?|ticked(?:\\s+off)?|crossed\\s+off";
const NOT_DONE =
  "(?:isn'?t|wasn'?t|aren'?t|weren'?t|is\\s+not|was\\s+not|are\\s+not|were\\s+not)(?:\\s+(?:actually|really|yet))?\\s+(?:done|finished|complete|completed)(?:\\s+(?:yet|after\\s+all))?";
// An adjective priority word followed by a noun ("urgent care", "important documents") stays in the title.
const NOT_BEFORE_NOUN =
  "(?!\\s+(?!(?:tasks?|todos?|to-dos?|reminders?|items?|priority|and|tag|tagged|hashtag|on|to|for|by|at|in|tomorrow|today|tonight|next|this|every|please)(?![\\p{L}]))\\p{L})";

export const en: Locale = {
  lang: "en",
  dateRules: EN_DATE_RULES,
  recurrenceRules: EN_RECURRENCE_RULES,
  fillers: wordRe("please|um+|uh+|uhm|erm|hmm+|(?:thanks|thank\\s+you)(?=\\s*$)|for\\s+me(?=\\s*$)"),
  leadingFillers:
    /^[\s,.]*(?:um+|uh+|uhm|er+|erm|ah+|hmm+|okay|ok|so|well|hey|hi|hello|alright|all\s+right|yeah|yes|oh|actually|please|can\s+you|could\s+you|would\s+you|will\s+you|would\s+you\s+mind|i\s+want\s+you\s+to|i'?d\s+like\s+you\s+to|i'?d\s+like\s+to|go\s+ahead\s+and|just|no\s+wait|wait|hey\s+there|quick(?:ly)?)(?![\p{L}'])[\s,.]*/u,
  priorities: [
    {
      value: "low",
      re: wordRe(
        "(?:(?:with|at|as|it'?s|its|is|make\\s+it|set\\s+to)\\s+(?:a\\s+)?)?(?:low(?:er|est)?\\s+prio(?:rity)?|prio(?:rity)?\\s+(?:low|4|four)|p\\s?4|not\\s+(?:very\\s+|that\\s+|so\\s+)?(?:important|urgent)|unimportant|whenever(?:\\s+i\\s+(?:can|get\\s+(?:a\\s+)?(?:chance|time)|have\\s+time))?|someday|some\\s+day|no\\s+rush|eventually|at\\s+some\\s+point)",
      ),
    },
    {
      value: "medium",
      re: wordRe(
        "(?:(?:with|at|as|it'?s|is|make\\s+it|set\\s+to)\\s+(?:a\\s+)?)?(?:medium|normal|mid|moderate|average)\\s+prio(?:rity)?|prio(?:rity)?\\s+(?:medium|normal|3|three)|p\\s?3",
      ),
    },
    {
      value: "urgent",
      re: wordRe(
        `(?:(?:with|at|as|it'?s|its|is|make\\s+it|set\\s+to)\\s+(?:an?\\s+)?)?(?:(?:very\\s+)?urgent(?:ly)?${NOT_BEFORE_NOUN}|asap|a\\s?s\\s?a\\s?p|as\\s+soon\\s+as\\s+possible|critical${NOT_BEFORE_NOUN}|top\\s+prio(?:rity)?|highest\\s+prio(?:rity)?|prio(?:rity)?\\s+(?:1|one|urgent)|p\\s?1|p\\s?0)`,
      ),
    },
    {
      value: "high",
      re: wordRe(
        `(?:(?:with|at|as|it'?s|its|is|make\\s+it|set\\s+to)\\s+(?:a\\s+)?)?(?:high(?:er)?\\s*-?\\s*prio(?:rity)?|prio(?:rity)?\\s+(?:high|2|two)|p\\s?2|(?:very\\s+|really\\s+|super\\s+)?important${NOT_BEFORE_NOUN})`,
      ),
    },
  ],
  tags: wordRe(
    "(?:and\\s+)?(?:tag(?:ged)?|hashtag|label(?:l?ed)?)\\s+(?:(?:it|as|with)\\s+)*(?<tag>[\\p{L}\\p{N}_-]+)|(?:with\\s+(?:the\\s+)?tag)\\s+(?<tag2>[\\p{L}\\p{N}_-]+)|#(?<tag3>[\\p{L}\\p{N}_-]+)",
  ),
  listPhrases: [
    wordRe(
      `(?:to|on|onto|in|into|for|from|off(?:\\s+of)?|under)\\s+(?:(?:my|the|our|your|a)\\s+)?(?:(?<name>${NW}(?:\\s+${NW}){0,2})\\s+)?lists?`,
    ),
  ],
  listPrepositions: "to|into|onto|on|in",
  clauseSplit: new RegExp(
    `\\s*,?\\s+and\\s+(?:also|then)(?:\\s+also)?(?=\\s)|\\s*[,;]\\s*(?:and\\s+)?(?:also|then)(?=\\s)|\\s*[,;]\\s*(?=(?:${COMMAND_START})(?![\\p{L}]))|\\s+(?:and|also|then|plus)\\s+(?=(?:${COMMAND_START})(?![\\p{L}]))|(?<=[\\p{L}\\p{N}])(?<!(?:^|\\s)(?:to|you|i|and|please|can|could|will))\\s+(?=add\\s)`,
    "gu",
  ),
  itemSplit: /\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+/gu,
  verbPhrase:
    /^(?:buy|get|call|phone|pick|make|take|send|pay|clean|do|go|fix|write|email|e-mail|text|book|order|read|watch|finish|prepare|prep|bring|return|wash|water|feed|walk|check|cancel|renew|schedule|plan|visit|meet|ask|tell|print|sign|file|submit|review|update|organi[sz]e|sort|mow|cook|bake|repair|replace|install|change|learn|practi[sc]e|study|find|look|research|drop|mail|post|ship|fill|grab|collect|charge|back|vacuum|tidy|empty|dust|iron|fold|hang|put|move|start|try|contact|follow|reply|respond|confirm|arrange|defrost|register|apply|sell|donate|unpack|pack|clear|throw|shop|see|help|invite|thank|remind|set|run|cut|paint|build|open|close|lock|test|play|listen|drive|fly|leave|hire|interview|draft|edit|design|backup|call)(?![\p{L}])/u,
  undo: [
    clauseRe(
      "undo(?:\\s+(?:that|it|this|the\\s+last\\s+(?:one|thing|command|change|step)|last(?:\\s+(?:one|thing|command|change))?))?|take\\s+(?:that|it)\\s+back|never\\s*mind(?:\\s+that)?|nevermind|scratch\\s+that|revert(?:\\s+(?:that|it|the\\s+last\\s+change))?|cancel\\s+that|go\\s+back|oops|whoops|forget\\s+(?:that|it)|reverse\\s+that|i\\s+didn'?t\\s+mean\\s+that|that'?s\\s+wrong|that\\s+was\\s+(?:a\\s+)?(?:mistake|wrong)",
    ),
  ],
  clearCompleted: [
    clauseRe(
      "(?:clear|delete|remove|erase|purge|clean\\s+up|clean\\s+out|get\\s+rid\\s+of|archive|hide|wipe)\\s+(?:out\\s+)?(?:all\\s+)?(?:of\\s+)?(?:the\\s+|my\\s+|those\\s+)?(?:completed|finished|done|checked(?:\\s+off)?|ticked\\s+off|crossed\\s+off)(?:\\s+(?:tasks|todos|to-dos|items|ones|stuff|things|reminders))?(?:\\s+(?:from|on|in|off)\\s+.+)?|(?:clear|delete|remove)\\s+(?:all\\s+)?(?:the\\s+)?(?:tasks|todos|items|ones)\\s+(?:that\\s+are|i'?ve)\\s+(?:completed|finished|done)(?:\\s+(?:from|on|in)\\s+.+)?|(?:clear|delete|remove|erase|get\\s+rid\\s+of)\\s+(?:everything|all(?:\\s+the)?(?:\\s+(?:tasks|todos|items|ones|stuff))?)\\s+(?:that\\s+)?(?:i'?ve|i\\s+have|i|we'?ve|we)\\s+(?:already\\s+)?(?:finished|completed|done|checked\\s+off)(?:\\s+(?:from|on|in)\\s+.+)?",
    ),
  ],
  create: [
    clauseRe(
      "(?:(?:add|create|make|put|write\\s+down|note\\s+down|jot\\s+down|note)\\s+)?(?:an?\\s+)?new\\s+(?:(?<pri>important|urgent)\\s+)?(?:task|todo|to-do|reminder|item)s?(?:\\s*[:,]\\s*|\\s+(?:to|called|named|for|that\\s+says|saying)\\s+|\\s+)(?<rest>.+)",
    ),
    clauseRe(
      "(?:add|create|put\\s+down|put|note\\s+down|jot\\s+down|write\\s+down|note|log|capture|schedule\\s+a\\s+task\\s+to)\\s+(?:(?:an?\\s+)?(?:task|todo|to-do|reminder|item)(?:\\s*[:,]\\s*|\\s+(?:to|for|called|named|that\\s+says|saying)\\s+|\\s+))?(?<rest>.+)",
    ),
    clauseRe(
      "(?:remind\\s+me|set\\s+(?:a|an)\\s+reminder)\\s+(?:(?:to|about|that\\s+(?:i\\s+(?:need|have)\\s+to\\s+)?|of)\\s+)?(?<rest>.+)",
    ),
    clauseRe(
      "(?:i\\s+(?:really\\s+|still\\s+|also\\s+)?(?:need|have|gotta|got|must|should|want)(?:\\s+to)?|i'?ve\\s+got\\s+to|i\\s+have\\s+got\\s+to|don'?t\\s+let\\s+me\\s+forget(?:\\s+(?:to|about))?|(?:please\\s+)?don'?t\\s+forget(?:\\s+(?:to|about))?|do\\s+not\\s+(?:let\\s+me\\s+)?forget(?:\\s+to)?|i\\s+must\\s+not\\s+forget(?:\\s+to)?|make\\s+sure(?:\\s+(?:i|to))?|remember\\s+to|we\\s+(?:need|have)\\s+to|need\\s+to|gotta|have\\s+to|must)\\s+(?<rest>.+)",
    ),
  ],
  uncomplete: [
    clauseRe(
      "(?:mark|set|flag)\\s+(?<target>.+?)\\s+(?:as\\s+)?(?:not\\s+(?:done|complete|completed|finished)|undone|incomplete|uncompleted|unfinished|open|pending|to\\s*do|active|not\\s+yet\\s+done)",
    ),
    clauseRe(
      "(?:uncheck|untick|un-check|uncomplete|reopen|re-open|unmark|reactivate|undo|restore)\\s+(?<target>.+)",
    ),
    clauseRe(`(?<target>.+?)\\s+${NOT_DONE}`),
    clauseRe(
      "i\\s+(?:didn'?t|did\\s+not|haven'?t|have\\s+not)\\s+(?:actually\\s+|really\\s+)?(?:finish(?:ed)?|complete(?:d)?|do|done)\\s+(?<target>.+?)(?:\\s+(?:yet|after\\s+all))?",
    ),
    clauseRe("(?<target>.+?)\\s+still\\s+needs\\s+(?:to\\s+be\\s+done|doing)"),
  ],
  complete: [
    clauseRe(`(?:mark|set|flag)\\s+(?<target>.+?)\\s+(?:as\\s+)?(?:${DONE})`),
    clauseRe("(?:check|tick|cross|strike)\\s+off\\s+(?<target>.+)"),
    clauseRe(
      "(?:check|tick|cross|strike)\\s+(?<target>.+?)\\s+off(?:\\s+(?:my|the)\\s+(?:[\\p{L}]+\\s+)?list)?",
    ),
    clauseRe("(?:complete|completed)\\s+(?<target>.+)"),
    clauseRe(
      "(?:i|we)(?:'ve|\\s+have)?\\s+(?:just\\s+|already\\s+|finally\\s+|now\\s+)?(?:finished|completed|done|did|handled|taken\\s+care\\s+of|took\\s+care\\s+of|sorted(?:\\s+out)?|dealt\\s+with)\\s+(?<target>.+)",
    ),
    clauseRe(
      "(?:(?:i'?m|i\\s+am|we'?re|we\\s+are)\\s+)?(?:all\\s+)?(?:done|finished)\\s+with\\s+(?<target>.+)",
    ),
    clauseRe(
      "(?<target>.+?)\\s+(?:is|was|are|were|'s|has\\s+been|have\\s+been)\\s+(?:now\\s+|all\\s+|already\\s+|finally\\s+)?(?:done|finished|complete|completed|taken\\s+care\\s+of|sorted|handled|paid|bought|sent|booked|fixed|cleaned|over|dealt\\s+with)",
    ),
  ],
  delete: [
    clauseRe(
      "(?:delete|remove|erase|drop|trash|scrap|scratch|discard|get\\s+rid\\s+of|cancel|forget\\s+about|forget|throw\\s+out|take\\s+off|strike)\\s+(?<target>.+?)(?:\\s+(?:from|off)\\s+(?:(?:my|the)\\s+)?(?:[\\p{L}\\p{N}'-]+\\s+){0,2}(?:list|lists|todos|to-dos|tasks))?",
    ),
    clauseRe("take\\s+(?<target>.+?)\\s+off\\s+(?:(?:my|the)\\s+)?(?:[\\p{L}\\p{N}'-]+\\s+){0,2}list"),
    clauseRe("i\\s+(?:don'?t|do\\s+not)\\s+(?:need|have)\\s+to\\s+(?<target>.+?)\\s+any\\s*more"),
  ],
  rename: [
    { re: clauseRe("(?:rename|retitle|re-name)\\s+(?<rest>.+)"), renameSeparators: wordRe("to|as|into") },
    {
      re: clauseRe(
        "(?:change|update|edit)\\s+(?:the\\s+)?(?:name|title|wording|text)\\s+(?:of|for|on)\\s+(?<rest>.+)",
      ),
      renameSeparators: wordRe("to|into"),
    },
  ],
  update: [
    clauseRe(
      "(?:change|set|move|update|push|make)\\s+(?:the\\s+)?(?:due\\s+date|date|deadline|priority)\\s+(?:of|for|on)\\s+(?<rest>.+)",
    ),
    clauseRe(
      "(?:move|postpone|push(?:\\s+back)?|reschedule|delay|defer|shift|bump|put\\s+off|change|set|make|switch|mark|turn|bring\\s+forward|pull\\s+forward|put)\\s+(?<rest>.+)",
    ),
    clauseRe("(?<target>.+?)\\s+(?:is|are|'s)\\s+(?:now\\s+|actually\\s+)?due\\s+(?<change>.+)"),
    clauseRe("(?<target>.+?)\\s+(?:should\\s+be|needs\\s+to\\s+be)\\s+(?:done|finished)\\s+(?<change>.+)"),
    clauseRe(
      "(?<rest>.+?\\s+(?:is|are)\\s+(?:now\\s+|actually\\s+)?(?:urgent|important|not\\s+important|(?:a\\s+|an\\s+)?(?:high|low|medium|top)\\s+priority))",
    ),
  ],
  query: {
    patterns: [
      /^[\s,.]*(?:what|whats|what's|which|show|list|read|tell\s+me|give\s+me|display|do\s+i|have\s+i|did\s+i|is\s+there|are\s+there|anything|any|how\s+many|open|view|see|check|get)(?![\p{L}]).*(?:tasks?|todos?|to-dos?|to\s+dos?|reminders?|lists?|overdue|due|left|pending|outstanding|remaining|finished|completed|complete|done|agenda|planned|scheduled|plate|going\s+on|coming\s+up|do\s+i\s+have|have\s+i\s+got|did\s+i|i\s+have|i\s+need\s+to\s+do|urgent|priority|important|on\s+my|late|everything)/u,
      clauseRe(
        "(?:my\\s+)?(?:tasks|todos|to-dos|agenda)(?:\\s+(?:for\\s+)?(?:today|tomorrow|this\\s+week|next\\s+week))?",
      ),
    ],
    completed:
      /(?<!not\s|n't\s|to\s+be\s|get\s)(?:finished|completed|done|checked\s+off|ticked\s+off|did\s+i\s+(?:do|finish|complete|get))/u,
    all: /including|as\s+well\s+as|\bboth\b|(?:with|and)\s+(?:the\s+)?(?:completed|finished|done)|(?:completed|finished|done)\s+(?:and|or)\s+(?:not|pending|open|unfinished)|\ball\s+(?:of\s+)?(?:my\s+)?(?:tasks|todos)\s+(?:ever|even)/u,
    pending: /\b(?:left|pending|open|outstanding|remaining|not\s+done|unfinished|to\s+do|still)\b/u,
    priority: [
      { value: "low", re: /\blow[-\s]priority\b/u },
      { value: "urgent", re: /\burgent\b/u },
      { value: "high", re: /\b(?:high[-\s]priority|important)\b/u },
    ],
    due: [
      { value: "overdue", re: /\b(?:overdue|late|past\s+due|missed|behind)\b/u },
      { value: "next_week", re: /\bnext\s+week\b/u },
      { value: "this_week", re: /\b(?:this|the)\s+week\b/u },
      { value: "tomorrow", re: /\btomorrow\b/u },
      { value: "today", re: /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/u },
    ],
  },
  unknown: [
    clauseRe(
      "(?:play|pause|resume|skip|shuffle)(?:\\s+.+)?|stop(?:\\s+(?:the\\s+)?(?:music|playing|timer|alarm|it))?|next\\s+song|turn\\s+(?:the\\s+)?(?:volume|music|lights?|tv|radio|sound|it|heat(?:ing)?)\\s+(?:up|down|on|off)|turn\\s+(?:up|down|on|off)\\s+.+|(?:volume|louder|quieter)(?:\\s+.+)?|set\\s+(?:an?\\s+)?(?:alarm|timer)(?:\\s+.+)?|tell\\s+me\\s+(?:a\\s+)?(?:joke|story|something|about).*|(?:what|whats|what's|how|who|whose|why|when|where|which)(?![\\p{L}]).*|(?:is|are|does|do|can|will|would|should|could|was|were)\\s+(?:it|there|you|i|we|they)(?![\\p{L}]).*|(?:hello|hi|hey|thanks|thank\\s+you|good\\s+(?:morning|night|evening))",
    ),
  ],
  pronoun: /^(?:it|that|this|them|that\s+one|this\s+one|the\s+same(?:\s+one)?)$/u,
  stopwords: new Set(
    "the a an my our your his her their this that these those one ones task tasks todo todos to-do item items thing things reminder reminders to for of on in at with about from by and list please it its is are be stuff".split(
      " ",
    ),
  ),
  danglingWords:
    /^(?:(?:the|a|an|my|to|for|on|at|by|until|till|as|is|are|of|from|with|into|and|that|this|it|due)\s+)+|(?:\s+(?:to|for|on|at|by|until|till|before|as|is|are|be|of|from|with|into|due|and|every|the|a|my|starting|from|around|about)(?![\p{L}]))+$/u,
  titleIntro:
    /^(?:(?:an?\s+)?(?:task|todo|to-do|reminder|note)\s*(?::|to|called|named|that\s+says|saying)?\s+|to\s+|that\s+i\s+(?:need|have)\s+to\s+)/u,
};
