package io.newsintel.infra.faults;

import java.time.Duration;

/**
 * One fault injected at a point of the run.
 *
 * @param name how the report calls it
 * @param at when, after publishing began
 * @param action what it does; returns when the system has been given back what it lost
 */
record Fault(String name, Duration at, Action action) {

  interface Action {
    void run() throws Exception;
  }
}
