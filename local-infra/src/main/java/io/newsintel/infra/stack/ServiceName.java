package io.newsintel.infra.stack;

/** The three services, with the environment variable and default port DESIGN.md gives each. */
public enum ServiceName {
  SEARCH("search-service", "SEARCH_PORT", 8080),
  INGEST("ingest-service", "INGEST_PORT", 8081),
  ENRICH("enrich-service", "ENRICH_PORT", 8082);

  private final String module;
  private final String portEnv;
  private final int defaultPort;

  ServiceName(String module, String portEnv, int defaultPort) {
    this.module = module;
    this.portEnv = portEnv;
    this.defaultPort = defaultPort;
  }

  public String module() {
    return module;
  }

  public String portEnv() {
    return portEnv;
  }

  public int defaultPort() {
    return defaultPort;
  }
}
