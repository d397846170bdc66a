package io.newsintel.enrich.attribution;

import io.newsintel.enrich.matching.PhraseMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Countries (with their Ukrainian and Russian names, adjectives and capitals used as metonyms),
 * state agencies and organisations, from {@value #RESOURCE}.
 */
final class Gazetteer {

  static final String RESOURCE = "attribution/entities.tsv";

  private Gazetteer() {}

  static PhraseMatcher<EntityForm> load() {
    PhraseMatcher.Builder<EntityForm> builder = PhraseMatcher.builder();
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        Entity entity = new Entity(columns[0], columns[1], columns[2]);
        EntityForm noun = new EntityForm(entity, false);
        EntityForm adjective = new EntityForm(entity, true);
        for (String form : columns[3].split(";")) {
          if (form.startsWith("adj:")) {
            builder.add(form.substring(4), adjective);
          } else {
            builder.add(form, noun);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }
}
