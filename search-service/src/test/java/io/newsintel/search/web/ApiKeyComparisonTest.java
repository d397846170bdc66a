package io.newsintel.search.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API key is compared in exactly one place, in constant time: {@link MessageDigest#isEqual}
 * takes as long whatever prefix of the key a guess gets right, where {@code String.equals} returns
 * at the first differing character.
 */
class ApiKeyComparisonTest {

  private static final String KEY = "the-right-key-0123456789";
  private static final Set<String> EARLY_EXIT_STRING_COMPARISONS =
      Set.of("equals", "equalsIgnoreCase", "contentEquals", "compareTo", "compareToIgnoreCase");

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.newsintel.search");

  private final ApiKeyFilter filter =
      new ApiKeyFilter(new ApiKeyProperties(KEY), JsonMapper.builder().build());

  @Test
  void theKeyIsComparedInConstantTimeOnly() {
    classes()
        .that()
        .haveSimpleName("ApiKeyFilter")
        .should()
        .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
        .check(PRODUCTION);
  }

  /**
   * Generic on purpose: whichever class reads the key now or later (a proxy forwarding it, say)
   * must not compare it with an early-exit comparison.
   */
  @Test
  void noClassThatReadsTheKeyComparesItAnyOtherWay() {
    List<String> readers = new ArrayList<>();
    for (JavaClass type : PRODUCTION) {
      boolean readsKey =
          type.getMethodCallsFromSelf().stream()
              .anyMatch(
                  call ->
                      call.getTargetOwner().isEquivalentTo(ApiKeyProperties.class)
                          && call.getName().equals("apiKey"));
      if (!readsKey || type.isEquivalentTo(ApiKeyProperties.class)) {
        continue;
      }
      readers.add(type.getSimpleName());
      assertThat(type.getMethodCallsFromSelf())
          .as(type.getName() + " reads the API key")
          .noneMatch(
              call ->
                  (call.getTargetOwner().isEquivalentTo(String.class)
                          && EARLY_EXIT_STRING_COMPARISONS.contains(call.getName()))
                      || (call.getTargetOwner().isEquivalentTo(Arrays.class)
                          && call.getName().equals("equals"))
                      || (call.getTargetOwner().isEquivalentTo(Objects.class)
                          && call.getName().equals("equals")));
    }
    assertThat(readers).contains("ApiKeyFilter");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the-right-key-012345678",
        "the-right-key-01234567890",
        "THE-RIGHT-KEY-0123456789",
        "the-right-key-0123456789 ",
        " the-right-key-0123456789",
        "x",
        "the-right-key-0123456788"
      })
  void refusesEveryNearMiss(String guess) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(write(guess), response, chain);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(chain.getRequest()).isNull();
    assertThat(response.getContentAsString()).doesNotContain(guess.strip(), KEY);
  }

  @Test
  void acceptsTheExactKey() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(write(KEY), response, chain);

    assertThat(chain.getRequest()).isNotNull();
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void neverShowsTheKeyInItsSettings() {
    assertThat(new ApiKeyProperties(KEY).toString()).doesNotContain(KEY);
  }

  private static MockHttpServletRequest write(String key) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/subscriptions");
    request.addHeader("X-API-Key", key);
    return request;
  }
}
