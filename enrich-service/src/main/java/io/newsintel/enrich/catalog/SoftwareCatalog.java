package io.newsintel.enrich.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** ATT&amp;CK malware and tools, from the generated resource {@value #RESOURCE}. */
public record SoftwareCatalog(List<Software> software) {

  public static final String RESOURCE = "catalog/software.json";

  public SoftwareCatalog {
    software = List.copyOf(software);
  }

  public static SoftwareCatalog load() {
    try (InputStream in = SoftwareCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the software catalog " + RESOURCE + " is missing");
      }
      return new SoftwareCatalog(
          JsonMapper.shared().readValue(in.readAllBytes(), SoftwareFile.class).software());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record SoftwareFile(String generatedFrom, List<Software> software) {}
}
