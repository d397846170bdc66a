package io.newsintel.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses to start servers on a disk that cannot hold them, with a message that says so. */
final class DiskSpace {

  private DiskSpace() {}

  static void require(Path dir, long minimumBytes, String what) {
    long usable;
    try {
      usable = Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not read the free space of " + dir + ": " + e.getMessage(), e);
    }
    if (usable < minimumBytes) {
      throw new InfrastructureException(
          "Only "
              + megabytes(usable)
              + " MB free on the disk holding "
              + dir
              + "; "
              + what
              + " need at least "
              + megabytes(minimumBytes)
              + " MB. Free some space, or set "
              + InfraSettings.WORKDIR_ENV
              + " to a folder on a larger disk.");
    }
  }

  /** Turns the I/O error of a full disk into advice; other errors keep their own message. */
  static InfrastructureException explain(IOException e, Path where) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
      return new InfrastructureException(
          "The disk holding "
              + where
              + " is full. Free some space, or set "
              + InfraSettings.WORKDIR_ENV
              + " to a folder on a larger disk.",
          e);
    }
    return new InfrastructureException("Could not write " + where + ": " + message, e);
  }

  private static long megabytes(long bytes) {
    return bytes / (1024 * 1024);
  }
}
