package io.newsintel.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Servers and services outlive a launcher that is killed with SIGKILL (its shutdown hook never
 * runs). Every child is therefore recorded under {@code owners/} of the work folder, next to the
 * identity of the JVM that started it; the next launcher stops the children of owners that are
 * gone, so a killed test run or a crashed {@code ./run.sh} does not leave servers behind for long.
 * A process is identified by its pid and its start time, so a reused pid is never killed.
 */
public final class OrphanReaper {

  private OrphanReaper() {}

  static Path ownersDir() {
    String workDir = System.getenv(InfraSettings.WORKDIR_ENV);
    Path base =
        workDir != null && !workDir.isBlank() ? Path.of(workDir) : InfraSettings.defaultWorkDir();
    return base.resolve("owners");
  }

  /** Records a child of this JVM. */
  static synchronized void register(ProcessHandle child, String name) {
    try {
      Path dir = ownersDir();
      Files.createDirectories(dir);
      String line =
          child.pid() + " " + startMillis(child).orElse(0L) + " " + name.replace(' ', '_') + "\n";
      Files.writeString(
          dir.resolve(identity(ProcessHandle.current())),
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // Bookkeeping only: a child that cannot be recorded still runs and is still stopped by us.
    }
  }

  /** Stops the recorded children of launchers that no longer run. */
  public static synchronized void reap(Consumer<String> progress) {
    Path dir = ownersDir();
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> owners = Files.newDirectoryStream(dir)) {
      for (Path owner : owners) {
        if (isAlive(owner.getFileName().toString())) {
          continue;
        }
        List<String> children = Files.readAllLines(owner, StandardCharsets.UTF_8);
        int stopped = 0;
        for (String child : children) {
          String[] parts = child.split(" ");
          if (parts.length >= 2 && isAlive(parts[0] + "-" + parts[1])) {
            ProcessHandle handle = ProcessHandle.of(Long.parseLong(parts[0])).orElseThrow();
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            stopped++;
          }
        }
        if (stopped > 0) {
          progress.accept(
              "Stopped "
                  + stopped
                  + " process(es) left behind by an earlier run that was killed ("
                  + owner.getFileName()
                  + ")");
        }
        Files.deleteIfExists(owner);
      }
    } catch (IOException | RuntimeException e) {
      progress.accept(
          "Could not check for processes left behind by earlier runs: " + e.getMessage());
    }
  }

  private static boolean isAlive(String identity) {
    String[] parts = identity.split("-");
    try {
      long pid = Long.parseLong(parts[0]);
      long start = Long.parseLong(parts[1]);
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      return handle.isPresent()
          && handle.get().isAlive()
          && startMillis(handle.get()).orElse(-1L) == start;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String identity(ProcessHandle process) {
    return process.pid() + "-" + startMillis(process).orElse(0L);
  }

  private static Optional<Long> startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli);
  }
}
