package io.newsintel.testinfra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class of the current test classpath in a child JVM whose name resolution reads a hosts
 * file ({@code jdk.net.hosts.file}): how the SSRF tests make names resolve to loopback or private
 * addresses without a DNS server. The JVM reads that setting once, so it cannot be the test's own.
 */
public final class HostsFileJvm {

  private HostsFileJvm() {}

  /**
   * @return the child's output lines (stdout and stderr), after it exited
   * @throws AssertionError when it does not finish within two minutes
   */
  public static List<String> run(Path hosts, Class<?> main, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djdk.net.hosts.file=" + hosts);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the probe JVM did not finish");
    }
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines()
        .toList();
  }
}
