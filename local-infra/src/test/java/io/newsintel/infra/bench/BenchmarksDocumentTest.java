package io.newsintel.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarksDocumentTest {

  @Test
  void replacesOnlyTheMarkedSectionAndKeepsTheAnalysisAroundIt() {
    String document =
        "# Benchmarks\n\nIntro.\n\n"
            + BenchmarksDocument.BEGIN
            + "\nold figures\n"
            + BenchmarksDocument.END
            + "\n\n## What the profile showed\n";
    String section = BenchmarksDocument.BEGIN + "\nnew figures\n" + BenchmarksDocument.END;

    String updated = BenchmarksDocument.replaceSection(document, section);

    assertThat(updated)
        .contains("Intro.", "new figures", "## What the profile showed")
        .doesNotContain("old figures");
  }

  @Test
  void appendsTheSectionToADocumentWithoutOne() {
    String section = BenchmarksDocument.BEGIN + "\nfigures\n" + BenchmarksDocument.END;
    assertThat(BenchmarksDocument.replaceSection("", section))
        .startsWith("# Benchmarks\n")
        .contains("figures");
  }
}
