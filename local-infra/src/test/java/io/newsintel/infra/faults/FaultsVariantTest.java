package io.newsintel.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsVariantTest {

  @Test
  void picksTheVariantNamedOnTheCommandLine() {
    assertThat(FaultsVariant.fromArguments(List.of())).isEqualTo(FaultsVariant.FULL);
    assertThat(FaultsVariant.fromArguments(List.of("--quick"))).isEqualTo(FaultsVariant.QUICK);
    assertThat(FaultsVariant.fromArguments(List.of("--ci"))).isEqualTo(FaultsVariant.CI);
  }

  @Test
  void theCiVariantKeepsEveryKindOfFaultInsideItsPublishingWindow() {
    FaultsVariant ci = FaultsVariant.CI;
    // poison, three kills, a broker restart, an Elasticsearch outage: six faults, five steps
    Duration lastFault = ci.firstFault().plus(ci.step().multipliedBy(5));

    assertThat(lastFault).isLessThan(ci.publishing());
    assertThat(ci.rounds()).isEqualTo(1);
    assertThat(ci.stories()).isLessThan(FaultsVariant.QUICK.stories());
  }
}
