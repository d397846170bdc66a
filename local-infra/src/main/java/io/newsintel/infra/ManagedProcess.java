package io.newsintel.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose output goes to a log file, that is stopped gently (SIGTERM) and then, if it
 * does not go, forcibly, together with every process it started.
 */
public final class ManagedProcess {

  private final String name;
  private final Process process;
  private final Path log;

  private ManagedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ManagedProcess start(
      String name, List<String> command, Map<String, String> environment, Path workDir, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      OrphanReaper.register(process.toHandle(), name);
      return new ManagedProcess(name, process, log);
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
    }
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  public int exitValue() {
    return process.exitValue();
  }

  /** Waits for the process to end on its own; false when it is still running after the timeout. */
  public boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGTERM, then after {@code grace} SIGKILL to it and everything it started. */
  public void stop(Duration grace) {
    List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
    if (process.isAlive()) {
      process.destroy();
      if (!waitFor(grace)) {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
      }
    }
    // A wrapper script may leave its children behind; none of them may outlive us.
    descendants.addAll(process.descendants().toList());
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Kills at once, as a crash would: for fault-injection tests. */
  public void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(10));
  }

  /** The last lines of the log, to show why a server did not start. */
  public String tail(int lines) {
    return tail(log, lines);
  }

  public static String tail(Path file, int lines) {
    try {
      if (!Files.exists(file)) {
        return "";
      }
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join(
          System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(could not read " + file + ": " + e.getMessage() + ")";
    }
  }
}
