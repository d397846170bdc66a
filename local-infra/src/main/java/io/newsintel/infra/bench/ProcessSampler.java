package io.newsintel.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * CPU time and resident memory of the stack's processes, read from {@code /proc} (Linux): CPU
 * between two marks, and the peak resident set seen by {@link #sample()} (called about once a
 * second). A process counts with its descendants: Elasticsearch's recorded process is its small
 * launcher, and the server is its child. Where {@code /proc} is missing the figures are -1.
 */
final class ProcessSampler {

  /** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux this runs on. */
  private static final double TICKS_PER_SECOND = 100.0;

  private final Map<String, LongSupplier> pids = new LinkedHashMap<>();
  private final Map<String, Long> peakRssKb = new ConcurrentHashMap<>();
  private final Map<String, Double> cpuAtMark = new ConcurrentHashMap<>();
  private long markNanos;

  /** A process to follow; its pid is asked each time, since a process may be restarted. */
  void follow(String name, LongSupplier pid) {
    pids.put(name, pid);
  }

  /** Starts a measured interval: CPU is counted from here. */
  synchronized void mark() {
    markNanos = System.nanoTime();
    pids.forEach((name, pid) -> cpuAtMark.put(name, cpuSeconds(pid.getAsLong())));
    peakRssKb.clear();
    sample();
  }

  synchronized void sample() {
    pids.forEach(
        (name, pid) -> {
          long rss = rssKb(pid.getAsLong());
          if (rss >= 0) {
            peakRssKb.merge(name, rss, Math::max);
          }
        });
  }

  /** One process's share of the interval since the mark. */
  record Usage(String process, double cpuSeconds, double cores, long peakRssMb) {}

  synchronized Map<String, Usage> sinceMark() {
    sample();
    double wall = (System.nanoTime() - markNanos) / 1e9;
    Map<String, Usage> usage = new LinkedHashMap<>();
    pids.forEach(
        (name, pid) -> {
          double now = cpuSeconds(pid.getAsLong());
          double before = cpuAtMark.getOrDefault(name, -1.0);
          double cpu = now < 0 || before < 0 ? -1 : now - before;
          long rss = peakRssKb.getOrDefault(name, -1L);
          usage.put(
              name, new Usage(name, cpu, cpu < 0 ? -1 : cpu / wall, rss < 0 ? -1 : rss / 1024));
        });
    return usage;
  }

  /** CPU seconds of the process and its descendants; -1 if it is not there. */
  static double cpuSeconds(long pid) {
    double own = ownCpuSeconds(pid);
    if (own < 0) {
      return -1;
    }
    return own + descendants(pid).mapToDouble(p -> Math.max(0, ownCpuSeconds(p))).sum();
  }

  /** Resident kB of the process and its descendants; -1 if it is not there. */
  static long rssKb(long pid) {
    long own = ownRssKb(pid);
    if (own < 0) {
      return -1;
    }
    return own + descendants(pid).map(p -> Math.max(0, ownRssKb(p))).sum();
  }

  private static LongStream descendants(long pid) {
    return ProcessHandle.of(pid).stream()
        .flatMap(ProcessHandle::descendants)
        .mapToLong(ProcessHandle::pid);
  }

  private static double ownCpuSeconds(long pid) {
    if (pid <= 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      // The command name (field 2) may hold spaces; fields are counted after its ')'.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long utime = Long.parseLong(fields[11]);
      long stime = Long.parseLong(fields[12]);
      return (utime + stime) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long ownRssKb(long pid) {
    if (pid <= 0) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
