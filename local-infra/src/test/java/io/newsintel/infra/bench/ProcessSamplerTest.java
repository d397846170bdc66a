package io.newsintel.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessSamplerTest {

  @Test
  void readsCpuTimeAndResidentMemoryOfARunningProcess() {
    long self = ProcessHandle.current().pid();
    ProcessSampler sampler = new ProcessSampler();
    sampler.follow("this test", () -> self);
    sampler.mark();
    long sum = 0;
    for (int i = 0; i < 50_000_000; i++) {
      sum += i % 7;
    }
    ProcessSampler.Usage usage = sampler.sinceMark().get("this test");
    assertThat(sum).isPositive();
    assertThat(usage.cpuSeconds()).isGreaterThanOrEqualTo(0);
    assertThat(usage.peakRssMb()).isPositive();
  }

  @Test
  void aProcessThatIsNotThereGivesMinusOne() {
    assertThat(ProcessSampler.cpuSeconds(-1)).isEqualTo(-1);
    assertThat(ProcessSampler.rssKb(Integer.MAX_VALUE)).isEqualTo(-1);
  }
}
