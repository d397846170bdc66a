package io.newsintel.enrich.attribution;

/** What a cue word says about the words around it. */
enum Cue {
  /** The subject claims, the object is accused: "blamed", "accused", "звинуватили". */
  ACCUSE,
  /** The subject is the accused: "behind", "responsible", "стоїть за", "причастны". */
  RESPONSIBLE,
  /** What follows is the victim: "against", "targeted", "атакували", "против". */
  TARGET,
  /** The claim is denied or doubted: "denied", "no evidence", "заперечує", "отвергли". */
  DENIAL,
  /** What follows is the sponsor: "sponsored by", "on behalf of", "на замовлення". */
  SPONSOR_LINK,
  /** What follows is the source of the claim: "according to", "за даними". */
  SOURCE_BEFORE,
  /** What precedes is the source of the claim: "said", "заявили", "сообщили". */
  SOURCE_AFTER,
  /** A word for the accused ("hackers", "spies"): a state adjective before it is the sponsor. */
  ACCUSED_NOUN,
  /** A word for officials ("government", "ministry"): a state adjective before it claims. */
  OFFICIAL_NOUN
}
