// Spanish lexicon: command verbs, fillers, priorities, lists, queries.
import { clauseRe, type Locale } from "../locale";
import { wordRe } from "../text";
import { ES_DATE_RULES } from "./es-dates";
import { ES_RECURRENCE_RULES } from "./es-recurrence";

const NW =
  "(?!(?:de|del|la|el|los|las|y|e|con|para|por|a|al|en|que|mi|mis|lista|prioridad|urgente|hoy|mañana)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'&-]+";
const COMMAND_START =
  "añade|agrega|añádeme|agrégame|apunta|anota|pon|crea|recu[eé]rdame|borra|elimina|quita|marca|tacha|mueve|posp[oó]n|cambia|renombra|tengo\\s+que|nueva\\s+tarea|desmarca";
// Past participles: hecho, terminada, pagada, enviados, completado...
const PARTICIPLE =
  "(?!atrasad|retrasad|vencid|programad|planificad|asignad|pendiente)\\p{L}+(?:ad[oa]s?|id[oa]s?|ech[oa]s?|ch[oa]s?)|list[oa]s?";

export const es: Locale = {
  lang: "es",
  dateRules: ES_DATE_RULES,
  recurrenceRules: ES_RECURRENCE_RULES,
  fillers: wordRe("por\\s+favor|porfa|porfis|eh+|em+|mm+"),
  leadingFillers:
    /^[\s,.]*(?:eh+|em+|este|oye|hola|bueno|vale|pues|a\s+ver|mira|oiga|por\s+favor|porfa|me\s+puedes|me\s+podr[ií]as|puedes|podr[ií]as|quiero\s+que|ok|okey|okay|venga|ah+|oh+|ya|vamos|s[ií]|no\s+espera|espera|oye\s+asistente)(?![\p{L}'])[\s,.]*/u,
  priorities: [
    {
      value: "low",
      re: wordRe(
        "(?:con\\s+|de\\s+)?(?:prioridad\\s+(?:baja|m[ií]nima|4|cuatro)|baja\\s+prioridad|poca\\s+prioridad)|no\\s+(?:es\\s+)?(?:muy\\s+)?(?:urgente|importante)|sin\\s+prisa|cuando\\s+(?:pueda|puedas|tenga\\s+tiempo)|alg[uú]n\\s+d[ií]a|no\\s+corre\\s+prisa",
      ),
    },
    {
      value: "medium",
      re: wordRe("(?:con\\s+|de\\s+)?(?:prioridad\\s+(?:media|normal|3|tres)|media\\s+prioridad)"),
    },
    {
      value: "urgent",
      re: wordRe(
        "(?:es\\s+|como\\s+|muy\\s+)?(?:urgente|urgentemente|cuanto\\s+antes|lo\\s+antes\\s+posible|lo\\s+m[aá]s\\s+pronto\\s+posible|asap|cr[ií]tic[oa])|(?:con\\s+|de\\s+)?(?:prioridad\\s+(?:m[aá]xima|urgente|1|uno)|m[aá]xima\\s+prioridad)",
      ),
    },
    {
      value: "high",
      re: wordRe(
        "(?:con\\s+|de\\s+)?(?:prioridad\\s+(?:alta|2|dos)|alta\\s+prioridad)|(?:es\\s+|como\\s+|muy\\s+)?importante",
      ),
    },
  ],
  tags: wordRe(
    "(?:con\\s+)?(?:la\\s+)?(?:etiqueta|hashtag|tag)\\s+(?<tag>[\\p{L}\\p{N}_-]+)|etiquetad[oa]\\s+(?:como\\s+|con\\s+)?(?<tag2>[\\p{L}\\p{N}_-]+)|#(?<tag3>[\\p{L}\\p{N}_-]+)",
  ),
  listPhrases: [
    wordRe(
      `(?:a|en|de|para|al|del|desde)\\s+(?:la|mi|tu|nuestra|las|mis)\\s+listas?(?:\\s+(?:de\\s+(?:la\\s+|los\\s+|las\\s+)?)?(?<name>${NW}(?:\\s+${NW}){0,2}))?`,
    ),
  ],
  listPrepositions: "a\\s+la|a|al|en|para",
  clauseSplit: new RegExp(
    `\\s*,?\\s+y\\s+(?:tambi[eé]n|luego|despu[eé]s|adem[aá]s)(?=\\s)|\\s*[,;]\\s*(?:y\\s+)?(?:tambi[eé]n|luego|despu[eé]s|adem[aá]s)(?=\\s)|\\s*[,;]\\s*(?=(?:${COMMAND_START})(?![\\p{L}]))|\\s+(?:y|e|tambi[eé]n|luego|despu[eé]s|adem[aá]s)\\s+(?=(?:${COMMAND_START})(?![\\p{L}]))`,
    "gu",
  ),
  itemSplit: /\s*,\s*(?:y\s+|e\s+)?|\s+(?:y|e)\s+/gu,
  verbPhrase: /^\p{L}+(?:ar|er|ir|ír)(?:me|te|le|lo|la|les|los|las|se)?(?![\p{L}])/u,
  undo: [
    clauseRe(
      "deshaz(?:lo|\\s+eso|\\s+lo\\s+[uú]ltimo|\\s+la\\s+[uú]ltima\\s+acci[oó]n)?|deshacer(?:\\s+eso)?|olv[ií]dalo|olvida\\s+eso|no\\s+importa|cancela\\s+eso|anula\\s+(?:eso|lo\\s+[uú]ltimo)|revierte\\s+eso|me\\s+equivoqu[eé]|da\\s+igual|d[eé]jalo|mejor\\s+no|vuelve\\s+atr[aá]s",
    ),
  ],
  clearCompleted: [
    clauseRe(
      "(?:borra|elimina|quita|limpia|vac[ií]a|archiva|borrar|eliminar)\\s+(?:todas\\s+)?(?:las\\s+|mis\\s+)?(?:tareas\\s+)?(?:completadas|terminadas|hechas|finalizadas|acabadas|tachadas)(?:\\s+.+)?",
    ),
  ],
  create: [
    clauseRe(
      "(?:(?:crea|añade|agrega|pon|apunta)\\s+)?(?:una\\s+)?nueva\\s+tarea(?:\\s+(?<pri>urgente|importante))?(?:\\s*[:,]\\s*|\\s+(?:para|de|que)\\s+|\\s+)(?<rest>.+)",
    ),
    clauseRe(
      "(?:añade|añadir|agrega|agregar|añ[aá]deme|agr[eé]game|apunta|ap[uú]ntame|anota|an[oó]tame|crea|incluye|mete|a[nñ]ade)\\s+(?:(?:una\\s+)?tarea(?:\\s*[:,]\\s*|\\s+(?:para|de|que)\\s+|\\s+))?(?<rest>.+)",
    ),
    clauseRe("(?:pon|ponme)\\s+(?<rest>.+?\\s+en\\s+(?:la|mi)\\s+lista.*)"),
    clauseRe(
      "recu[eé]rda(?:me|nos)\\s+(?:que\\s+(?:tengo\\s+que\\s+|debo\\s+|hay\\s+que\\s+)?|de\\s+)?(?<rest>.+)",
    ),
    clauseRe(
      "(?:tengo\\s+que|tengo\\s+pendiente|necesito|debo|hay\\s+que|tenemos\\s+que|no\\s+(?:me\\s+)?(?:dejes|permitas)\\s+olvidar(?:me)?(?:\\s+de)?|que\\s+no\\s+se\\s+me\\s+olvide|no\\s+olvides(?:\\s+de)?|no\\s+te\\s+olvides\\s+de|acu[eé]rdate\\s+de|me\\s+toca)\\s+(?<rest>.+)",
    ),
  ],
  uncomplete: [
    clauseRe(
      "(?:marca|pon)\\s+(?<target>.+?)\\s+como\\s+(?:no\\s+(?:hech[oa]|terminad[oa]|completad[oa])|pendiente|sin\\s+hacer|incomplet[oa]|abiert[oa])",
    ),
    clauseRe("(?:desmarca|reabre|reactiva|desmarcar|reabrir)\\s+(?<target>.+)"),
    clauseRe(
      `(?<target>.+?)\\s+(?:todav[ií]a\\s+|a[uú]n\\s+)?no\\s+(?:est[aá]n?|fue|ha\\s+sido)\\s+(?:todav[ií]a\\s+|a[uú]n\\s+)?(?:${PARTICIPLE})(?:\\s+(?:todav[ií]a|a[uú]n))?`,
    ),
    clauseRe(
      "(?:todav[ií]a\\s+|a[uú]n\\s+)?no\\s+(?:he\\s+)?(?:termin[eé]|terminado|acab[eé]|acabado|hice|hecho|complet[eé]|completado)\\s+(?<target>.+)",
    ),
  ],
  complete: [
    clauseRe(
      "(?:marca|pon)\\s+(?<target>.+?)\\s+como\\s+(?:hech[oa]s?|terminad[oa]s?|completad[oa]s?|finalizad[oa]s?|list[oa]s?|realizad[oa]s?|acabad[oa]s?)",
    ),
    clauseRe("(?:tacha|completa|marca)\\s+(?<target>.+)"),
    clauseRe(
      "(?:ya\\s+)?(?:termin[eé]|acab[eé]|complet[eé]|hice|he\\s+(?:terminado|acabado|completado|hecho)|finalic[eé])\\s+(?:con\\s+|de\\s+)?(?<target>.+)",
    ),
    clauseRe("ya\\s+\\p{L}+[éí]\\s+(?<target>.+)"),
    clauseRe(
      `(?<target>.+?)\\s+(?:ya\\s+)?(?:est[aá]n?|qued[oó]|fue|ha\\s+sido)\\s+(?:ya\\s+)?(?:${PARTICIPLE})`,
    ),
  ],
  delete: [
    clauseRe(
      "(?:borra|b[oó]rrame|elimina|elim[ií]name|quita|qu[ií]tame|cancela|suprime|descarta|olvida|olv[ií]date\\s+de|saca)\\s+(?<target>.+?)(?:\\s+de\\s+(?:la|mi)\\s+lista(?:\\s+de\\s+\\p{L}+)?)?",
    ),
  ],
  rename: [
    {
      re: clauseRe("(?:cambia|cambiar|modifica)\\s+el\\s+(?:nombre|t[ií]tulo)\\s+de\\s+(?<rest>.+)"),
      renameSeparators: wordRe("a|por|como"),
    },
    { re: clauseRe("(?:renombra|renombrar)\\s+(?<rest>.+)"), renameSeparators: wordRe("a|como|por") },
  ],
  update: [
    clauseRe("(?:cambia|mueve|pon)\\s+(?:la\\s+)?(?:fecha|prioridad)\\s+de\\s+(?<rest>.+)"),
    clauseRe(
      "(?:posp[oó]n|pospon|aplaza|retrasa|mueve|mu[eé]vel[oa]|pasa|p[aá]sal[oa]|cambia|c[aá]mbial[oa]|pon|haz|hazl[oa]|marca|adelanta|reprograma|deja|d[eé]jal[oa]|ponl[oa])\\s+(?<rest>.+)",
    ),
    clauseRe(
      "(?<target>.+?)\\s+(?:vence|es\\s+para|se\\s+entrega|toca|hay\\s+que\\s+hacerl[oa])\\s+(?<change>.+)",
    ),
    clauseRe("(?<rest>.+?\\s+es\\s+(?:urgente|importante|(?:de\\s+)?prioridad\\s+\\p{L}+))"),
  ],
  query: {
    patterns: [
      /^[\s,.]*(?:qu[eé]|cu[aá]les|cu[aá]ntas|mu[eé]strame|muestra|ens[eé][nñ]ame|lista|l[eé]eme|lee|dime|hay(?!\s+que)|tengo(?!\s+que)|cu[aá]l)(?![\p{L}]).*(?:tareas?|pendientes?|listas?|atrasad|vencid|retrasad|completad|terminad|hech[oa]s|tengo|queda|hay\s+que|urgentes?|prioridad|importantes?|agenda)/u,
    ],
    completed:
      /completad|terminad|hech[oa]s|acabad|finalizad|tachad|he\s+(?:hecho|terminado|completado)|termin[eé]|hice/u,
    all: /incluid|incluyendo|incluso|tambi[eé]n\s+las\s+(?:completadas|terminadas|hechas)|y\s+las\s+(?:completadas|terminadas|hechas)|todas\s+las\s+tareas/u,
    pending: /pendientes?|sin\s+hacer|abiert|queda/u,
    priority: [
      { value: "low", re: /prioridad\s+baja|baja\s+prioridad/u },
      { value: "urgent", re: /urgentes?/u },
      { value: "high", re: /prioridad\s+alta|alta\s+prioridad|importantes?/u },
    ],
    due: [
      { value: "overdue", re: /atrasad|vencid|retrasad|fuera\s+de\s+plazo/u },
      { value: "next_week", re: /pr[oó]xima\s+semana|semana\s+que\s+viene|semana\s+pr[oó]xima/u },
      { value: "this_week", re: /esta\s+semana/u },
      { value: "tomorrow", re: /(?<!la\s|esta\s)mañana/u },
      { value: "today", re: /\bhoy\b|esta\s+(?:noche|tarde|mañana)/u },
    ],
  },
  unknown: [
    clauseRe(
      "(?:qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|qui[eé]n|por\\s*qu[eé]|cu[aá]nto|cu[aá]nta|cu[aá]ntos|cu[aá]l)(?![\\p{L}]).*|(?:pon|reproduce|toca)\\s+(?:m[uú]sica|una\\s+canci[oó]n|la\\s+canci[oó]n|algo\\s+de|la\\s+radio).*|(?:sube|baja)\\s+(?:el\\s+)?(?:volumen|la\\s+m[uú]sica).*|(?:cu[eé]ntame|dime|cuenta)\\s+(?:un|una|algo).*|(?:apaga|enciende|prende)\\s+.*|(?:pon|programa)\\s+(?:una\\s+)?(?:alarma|temporizador).*|para\\s+la\\s+m[uú]sica|pausa.*|hola|gracias",
    ),
  ],
  pronoun: /^(?:lo|la|eso|esa|ese|esto|esta\s+tarea|la\s+misma)$/u,
  stopwords: new Set(
    "el la los las lo un una unos unas de del al a en con para por mi mis tu su que y o tarea tareas cosa eso esa ese lista".split(
      " ",
    ),
  ),
  danglingWords:
    /^(?:(?:el|la|los|las|lo|de|del|al|a|en|para|por|con|que|y|tarea)\s+)+|(?:\s+(?:el|la|los|las|de|del|al|a|en|para|por|con|que|y|hasta|antes|desde|cada|todos|todas|como))+$/u,
  titleIntro: /^(?:(?:una\s+)?tarea\s*(?::|de|para|que)?\s+|que\s+)/u,
};
