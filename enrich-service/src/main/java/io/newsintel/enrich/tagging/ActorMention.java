package io.newsintel.enrich.tagging;

import io.newsintel.enrich.catalog.Actor;

/** An accepted mention of an actor in one field of a story. */
record ActorMention(
    Actor actor,
    String field,
    int start,
    int end,
    String text,
    int sentence,
    int firstToken,
    int endToken,
    double confidence) {}
