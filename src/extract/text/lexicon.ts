// Small, general, multilingual word lists for boilerplate cues. Every entry is a common web-publishing
// phrase (call-to-action, navigation, related-links label); none names an outlet, person or story.

/** Call-to-action verbs: a line that asks the reader to do one of these is an appeal, not reporting. */
export const CTA_VERBS = [
  // English
  "subscribe", "unsubscribe", "donate", "download", "downloading", "sign up", "signup", "log in", "register",
  "click", "share", "follow", "support us", "contribute", "email us", "contact us", "write to us", "send us",
  // French
  "abonnez-vous", "abonner", "abonne", "suivez", "suivez-nous", "partagez", "téléchargez", "télécharger",
  "faire un don", "inscrivez-vous",
  // German
  "abonnieren", "folgen", "teilen", "spenden", "herunterladen", "anmelden", "registrieren",
  // Spanish / Portuguese / Italian
  "suscríbete", "suscribirse", "síguenos", "compartir", "descargar", "donar", "regístrate", "assine",
  "siga-nos", "compartilhe", "baixe", "iscriviti", "seguici", "condividi", "scarica",
  // Russian
  "подписаться", "подпишитесь", "поделиться", "скачать",
];

/**
 * Phrases of a reader-funding appeal that name no CTA verb ("free to read because readers like you
 * support it. Chip in today."); with a word addressing the reader they make a line an appeal.
 */
export const FUNDING_APPEAL_RE =
  /\b(?:readers like you|reader[- ](?:supported|funded)|free to read|chip in|pitch in|make a (?:contribution|donation)|support (?:our|independent|quality) (?:journalism|reporting|newsroom)|become a (?:member|supporter|patron))\b/iu;

/** Things an appeal offers (the newsletter, the app): they make an imperative line an appeal. */
export const CTA_NOUNS = [
  "newsletter", "newsletters", "subscription", "donation", "donations", "inbox", "mailbox", "app", "application",
  "podcast", "notifications", "alerts", "membership", "abonnement", "appli", "lettre d'information",
  "social media", "twitter", "facebook", "instagram", "telegram", "youtube", "tiktok", "whatsapp", "linkedin", "rss",
];

/** Verbs that open an imperative appeal ("Follow us", "Subscribe now", "Click here"). */
export const CTA_IMPERATIVES = new Set([
  "subscribe", "follow", "donate", "download", "sign", "share", "click", "tap", "register", "join", "support",
  "like", "get", "receive", "install", "watch", "listen", "become", "help", "contribute",
  "abonnez-vous", "suivez", "suivez-nous", "partagez", "téléchargez", "inscrivez-vous", "recevez", "soutenez",
  "abonnieren", "folgen", "teilen", "spenden", "unterstützen", "suscríbete", "síguenos", "comparte", "descarga",
  "dona", "assine", "siga", "compartilhe", "iscriviti", "seguici", "condividi", "scarica", "подпишитесь",
]);

/** Words that address the reader: an appeal speaks to "you" or about "us". */
export const READER_WORDS = new Set([
  "you", "your", "you're", "you’re", "us", "our", "we", "i", "vous", "votre", "vos", "nous", "notre", "nos", "je",
  "sie", "ihr", "ihre", "uns", "unser", "unsere", "usted", "tu", "te", "nos", "nuestro", "nuestra", "você", "seu",
  "sua", "ci", "vostro", "вы", "вас", "нас",
]);

/** Labels that introduce links to other articles; the headlines after them are links too. */
export const READ_MORE_LABELS = [
  "read more", "read also", "also read", "to read also", "read next", "see also", "keep reading",
  "continue reading", "related", "related articles", "related stories", "related posts", "related news",
  "related content", "related coverage", "more on this", "more on this story", "more from", "more stories",
  "recommended", "recommended for you", "you may also like", "you might also like", "most read", "most popular",
  "trending", "latest news", "top stories", "editor's picks", "don't miss", "further reading", "in other news",
  "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire la suite", "sur le même sujet",
  "lesen sie auch", "mehr zum thema", "auch interessant", "weiterlesen", "leer más", "lee también",
  "ver también", "te puede interesar", "leia também", "leia mais", "leggi anche", "leggi altro",
  "читайте также", "по теме", "watch", "watch video", "video", "videos", "more videos", "listen", "photos",
  "in pictures", "gallery",
];

/** Whole-line navigation and widget labels (compared after normalising case and end punctuation). */
export const NAV_LABELS = [
  "source link", "source", "leave a comment", "leave a reply", "comments", "comment", "add comment",
  "post a comment", "share", "share this", "share this article", "share on facebook", "share on twitter",
  "tweet", "email", "print", "print this", "remind me later", "maybe later", "not now", "no thanks",
  "close", "advertisement", "sponsored", "sponsored content", "back to top", "skip to content", "menu",
  "home", "next", "previous", "next article", "previous article", "load more", "show more", "show comments",
  "view comments", "listen to this article", "listen", "copy link", "copied", "save", "bookmark",
  "all rights reserved", "loading", "cookie settings", "accept", "accept cookies", "terms of use", "privacy policy",
  "contact us", "about us", "log in", "sign in",
  "table of contents", "contents", "on this page", "in this article", "jump to", "learn more", "view all",
  "see all", "reply", "cancel reply", "leave a reply cancel reply", "search", "search for", "submit", "recent posts",
  "popular posts", "about the author", "written by", "author", "newsletter", "email", "email *", "name", "name *",
  "website", "comment *", "loading comments", "like loading", "get started", "get in touch", "contact", "next post",
  "previous post", "privacy overview", "always enabled", "manage consent", "read the full article", "print article",
  "text size", "font size", "listen to article", "play", "pause", "mute",
  "partager", "commentaires", "publicité", "anzeige", "werbung", "teilen", "kommentare", "publicidad",
  "compartir", "comentarios", "condividi", "pubblicità",
];

/** Openers of a reader appeal block ("Dear readers," ... "Thank you"). */
export const APPEAL_SALUTATION =
  /^(dear|hello|hi)\s+(readers?|friends?|subscribers?|members?|supporters?)\b|^(chers?|chères?)\s+(lecteurs?|lectrices?|amis?|abonnés?)\b|^(liebe|lieber)\s+(leser(innen)?|freunde)\b|^(queridos?|queridas?|estimados?)\s+(lectores?|leitores?|amigos?)\b|^cari\s+lettori\b|^дорогие\s+читатели/iu;

/** "A message from X:", "A note to our readers" and similar lines that open an appeal. */
export const APPEAL_HEADER =
  /^(a\s+(message|note|letter)\s+(from|to)\b|an\s+appeal\s+(from|to)\b|support\s+(independent|our|quality)\b|un\s+message\s+de\b|eine\s+nachricht\s+(von|der|des)\b)/iu;

/** A closing thank-you ends an appeal block. */
export const APPEAL_CLOSER = /\b(thank\s+you|thanks|merci|danke|gracias|obrigad[oa]|grazie|спасибо)\b/iu;

/** Function words of a few languages: running prose is full of them, headlines and lists are not. */
export const STOP_WORDS = new Set(
  (
    "a an the and or but of to in on at by for with from as is are was were be been being has have had do does did " +
    "not no that this these those it its he she they them his her their we our you your i me my which who whom whose " +
    "what when where why how if than then so such there here also only just more most after before over under about " +
    "into out up down would will can could should may might must said says " +
    "le la les un une des du de et ou mais en au aux par pour avec sur dans est sont été que qui ne pas il elle ils " +
    "der die das ein eine und oder aber von zu im in am mit auf für ist sind war nicht dass er sie es " +
    "el la los las un una y o pero de del en con por para es son fue que no se su " +
    "il lo gli una e o ma di da in con per è sono che non " +
    "o os as um uma e ou mas do da em com por para é são que não"
  ).split(/\s+/),
);
