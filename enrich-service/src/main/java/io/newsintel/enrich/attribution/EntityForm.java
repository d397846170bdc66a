package io.newsintel.enrich.attribution;

/** How an entity is written: as a name ("Russia") or as an adjective ("Russian", "російські"). */
record EntityForm(Entity entity, boolean adjective) {}
