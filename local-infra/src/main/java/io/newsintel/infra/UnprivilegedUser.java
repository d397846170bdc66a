package io.newsintel.infra;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;

/**
 * Elasticsearch refuses to run as root. When we are root, it runs as an unprivileged user through
 * {@code setpriv}; that user must own its data and be able to reach every folder on the way to the
 * distribution.
 */
record UnprivilegedUser(String user, String group) {

  static boolean callerIsRoot() {
    try {
      return new UnixSystem().getUid() == 0;
    } catch (RuntimeException | LinkageError e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** The command prefix that runs what follows as this user. */
  List<String> commandPrefix() {
    Path setpriv = Path.of("/usr/bin/setpriv");
    if (!Files.isExecutable(setpriv)) {
      throw new InfrastructureException(
          "Elasticsearch cannot run as root and setpriv (util-linux) is missing, so it cannot be started as "
              + user
              + ". Install util-linux, or run as a non-root user.");
    }
    return List.of(setpriv.toString(), "--reuid=" + user, "--regid=" + group, "--init-groups");
  }

  /** Hands a folder tree to this user. */
  void own(Path root) {
    UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
    UserPrincipal owner;
    GroupPrincipal ownerGroup;
    try {
      owner = lookup.lookupPrincipalByName(user);
      ownerGroup = lookup.lookupPrincipalByGroupName(group);
    } catch (IOException e) {
      throw new InfrastructureException(
          "User "
              + user
              + " or group "
              + group
              + " does not exist on this machine; Elasticsearch needs an unprivileged user to run as when started by root.",
          e);
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              chown(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              chown(file);
              return FileVisitResult.CONTINUE;
            }

            private void chown(Path path) throws IOException {
              PosixFileAttributeView view =
                  Files.getFileAttributeView(path, PosixFileAttributeView.class);
              view.setOwner(owner);
              view.setGroup(ownerGroup);
            }
          });
    } catch (IOException e) {
      throw DiskSpace.explain(e, root);
    }
  }

  /**
   * Whether another user can reach and read {@code path}: every folder above it must be traversable
   * by others (a Maven repository under /root, for instance, is not).
   */
  static boolean readableByOthers(Path path) {
    try {
      for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
        if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
          return false;
        }
      }
      return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
