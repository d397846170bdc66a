package io.newsintel.ingest.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

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
          .importPackages("io.newsintel.ingest");

  private final ApiKeyInterceptor interceptor = new ApiKeyInterceptor(new ApiKeyProperties(KEY));

  @Test
  void theKeyIsComparedInConstantTimeOnly() {
    classes()
        .that()
        .haveSimpleName("ApiKeyInterceptor")
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
    assertThat(readers).contains("ApiKeyInterceptor");
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
  void refusesEveryNearMiss(String guess) {
    assertThatThrownBy(
            () -> interceptor.preHandle(write(guess), new MockHttpServletResponse(), null))
        .isInstanceOf(ApiKeyRejectedException.class)
        .hasMessageNotContaining(guess.strip())
        .hasMessageNotContaining(KEY);
  }

  @Test
  void acceptsTheExactKey() {
    assertThatCode(() -> interceptor.preHandle(write(KEY), new MockHttpServletResponse(), null))
        .doesNotThrowAnyException();
  }

  private static MockHttpServletRequest write(String key) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/feeds/refresh");
    request.addHeader("X-API-Key", key);
    return request;
  }
}
