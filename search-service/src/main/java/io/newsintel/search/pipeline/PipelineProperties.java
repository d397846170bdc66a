package io.newsintel.search.pipeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What {@code GET /api/pipeline} and the {@code news_consumer_lag} gauge look at.
 *
 * @param rawTopic the topic whose growth is the ingest rate
 * @param enrichedTopic the topic whose growth is the tagging rate
 * @param topics topics whose end offsets and consumer lag are reported
 * @param groups consumer groups to report; empty: every consumer group of the cluster that has
 *     committed offsets on one of {@code topics}
 * @param sampleInterval how often offsets and the indexed-stories counter are sampled
 * @param rateWindow rates are averaged over the samples of this window
 * @param kafkaTimeout how long one Admin API call may take before the sample counts as failed
 */
@Validated
@ConfigurationProperties("search.pipeline")
public record PipelineProperties(
    @NotBlank String rawTopic,
    @NotBlank String enrichedTopic,
    @NotEmpty List<String> topics,
    List<String> groups,
    @NotNull Duration sampleInterval,
    @NotNull Duration rateWindow,
    @NotNull Duration kafkaTimeout) {

  public PipelineProperties {
    topics = List.copyOf(topics);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
