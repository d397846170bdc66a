package io.newsintel.infra;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The folder that holds one run's data, logs and configuration. */
final class RunDirectory {

  private RunDirectory() {}

  static Path create(Path workDir) {
    String id =
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
            + "-"
            + ProcessHandle.current().pid();
    Path run = workDir.resolve("runs").resolve(id);
    try {
      createReachable(workDir);
      createReachable(workDir.resolve("runs"));
      createReachable(run);
    } catch (IOException e) {
      throw DiskSpace.explain(e, run);
    }
    return run;
  }

  /** A folder that the unprivileged Elasticsearch user can pass through. */
  static void createReachable(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      // Not ours to change (a shared folder such as /tmp): fine as long as it is traversable.
    }
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // Leftovers in a temporary folder are harmless; a failed cleanup must not hide the real
      // outcome.
    }
  }
}
