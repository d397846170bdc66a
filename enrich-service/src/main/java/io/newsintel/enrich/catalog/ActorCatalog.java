package io.newsintel.enrich.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The threat actors the tagger knows, loaded from the generated resource {@value #RESOURCE} (see
 * {@link CatalogGenerator}).
 *
 * @param version a digest of the catalog file, so a re-enriched story can tell which catalog tagged
 *     it
 */
public record ActorCatalog(String version, List<Actor> actors, List<String> blockingPhrases) {

  public static final String RESOURCE = "catalog/actors.json";

  public ActorCatalog {
    actors = List.copyOf(actors);
    blockingPhrases = blockingPhrases == null ? List.of() : List.copyOf(blockingPhrases);
  }

  /** The catalog shipped with the service. */
  public static ActorCatalog load() {
    try (InputStream in = ActorCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the actor catalog " + RESOURCE + " is missing");
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ActorCatalog parse(byte[] json) {
    CatalogFile file = JsonMapper.shared().readValue(json, CatalogFile.class);
    return new ActorCatalog(digest(json), file.actors(), file.blockingPhrases());
  }

  public Optional<Actor> byName(String name) {
    return Optional.ofNullable(byName().get(name));
  }

  private Map<String, Actor> byName() {
    return actors.stream().collect(Collectors.toMap(Actor::name, Function.identity(), (a, b) -> a));
  }

  private static String digest(byte[] json) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
      return String.format("%064x", new BigInteger(1, hash)).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shape of the resource file. */
  record CatalogFile(String generatedFrom, List<String> blockingPhrases, List<Actor> actors) {}
}
