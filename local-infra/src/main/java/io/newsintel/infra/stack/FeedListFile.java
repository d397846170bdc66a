package io.newsintel.infra.stack;

import io.newsintel.infra.InfrastructureException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the file of {@code ./run.sh --feeds FILE}: one feed URL per line, {@code #} comments. */
public final class FeedListFile {

  private FeedListFile() {}

  public static List<String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InfrastructureException(
          "Cannot read the feed list " + file + ": " + e.getMessage(), e);
    }
    List<String> feeds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String url = (comment >= 0 ? line.substring(0, comment) : line).trim();
      if (url.isEmpty()) {
        continue;
      }
      if (!isHttpUrl(url)) {
        throw new InfrastructureException(
            file + " line " + (i + 1) + ": \"" + url + "\" is not an http(s) URL");
      }
      if (!feeds.contains(url)) {
        feeds.add(url);
      }
    }
    if (feeds.isEmpty()) {
      throw new InfrastructureException(
          file + " lists no feed URL (one per line; # starts a comment)");
    }
    return feeds;
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && !value.contains(",");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
