package io.newsintel.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JDK that runs the servers: the one running this launcher, unless JAVA_HOME says otherwise.
 */
record Jdk(Path home) {

  static Jdk current() {
    String javaHome = System.getenv("NEWS_INFRA_JAVA_HOME");
    return at(
        Path.of(
            javaHome != null && !javaHome.isBlank() ? javaHome : System.getProperty("java.home")));
  }

  static Jdk at(Path home) {
    Jdk jdk = new Jdk(home);
    if (!Files.isExecutable(jdk.java())) {
      throw new InfrastructureException(
          "No Java runtime found at "
              + home
              + " (expected an executable bin/java). Install a JDK 17 or newer, or set NEWS_INFRA_JAVA_HOME to one.");
    }
    return jdk;
  }

  Path java() {
    return home.resolve("bin/java");
  }
}
