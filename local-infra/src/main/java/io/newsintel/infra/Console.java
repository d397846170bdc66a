package io.newsintel.infra;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines for a person watching a terminal: a timestamp and one short sentence. */
public final class Console {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private Console() {}

  public static void progress(String message) {
    System.out.println("[" + LocalTime.now().format(TIME) + "] " + message);
    System.out.flush();
  }

  public static void error(String message) {
    System.err.println("error: " + message);
    System.err.flush();
  }
}
