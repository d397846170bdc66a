package io.newsintel.testinfra.web;

import java.util.List;

/**
 * The Actuator endpoints no service may expose (only health, info and prometheus are): each
 * service's tests ask for every one of them and expect 404.
 */
public final class ClosedActuatorEndpoints {

  public static final List<String> NAMES =
      List.of(
          "env",
          "heapdump",
          "threaddump",
          "configprops",
          "beans",
          "loggers",
          "mappings",
          "metrics",
          "conditions",
          "scheduledtasks",
          "caches",
          "shutdown",
          "startup",
          "sbom",
          "logfile",
          "httpexchanges",
          "auditevents");

  private ClosedActuatorEndpoints() {}
}
