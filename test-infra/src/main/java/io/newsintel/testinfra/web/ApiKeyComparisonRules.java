package io.newsintel.testinfra.web;

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
import java.util.stream.Stream;

/**
 * The rules every service's API-key check is held to: the key is compared with {@link
 * MessageDigest#isEqual}, which takes as long whatever prefix of the key a guess gets right, and no
 * class that reads the key compares it with an early-exit comparison ({@code String.equals} returns
 * at the first differing character). Each service's {@code ApiKeyComparisonTest} applies them to
 * its own classes and checker.
 */
public final class ApiKeyComparisonRules {

  /** The key the services' comparison tests configure. */
  public static final String KEY = "the-right-key-0123456789";

  private static final Set<String> EARLY_EXIT_STRING_COMPARISONS =
      Set.of("equals", "equalsIgnoreCase", "contentEquals", "compareTo", "compareToIgnoreCase");

  private ApiKeyComparisonRules() {}

  /** Guesses one character, one case or one blank away from {@link #KEY}: each must be refused. */
  public static Stream<String> nearMisses() {
    return Stream.of(
        "the-right-key-012345678",
        "the-right-key-01234567890",
        "THE-RIGHT-KEY-0123456789",
        "the-right-key-0123456789 ",
        " the-right-key-0123456789",
        "x",
        "the-right-key-0123456788");
  }

  /** A service's production classes (no tests) below its base package. */
  public static JavaClasses production(String basePackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage);
  }

  /** The checker compares the key with {@link MessageDigest#isEqual}. */
  public static void checkerComparesInConstantTime(JavaClasses production, String checker) {
    classes()
        .that()
        .haveSimpleName(checker)
        .should()
        .callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
        .check(production);
  }

  /**
   * Generic on purpose: whichever class reads the key now or later (a proxy forwarding it, say)
   * must not compare it with an early-exit comparison.
   *
   * @param keySettings the settings record whose {@code apiKey()} holds the key
   * @return the simple names of the classes that read the key
   */
  public static List<String> noReaderComparesItAnyOtherWay(
      JavaClasses production, Class<?> keySettings) {
    List<String> readers = new ArrayList<>();
    for (JavaClass type : production) {
      boolean readsKey =
          type.getMethodCallsFromSelf().stream()
              .anyMatch(
                  call ->
                      call.getTargetOwner().isEquivalentTo(keySettings)
                          && call.getName().equals("apiKey"));
      if (!readsKey || type.isEquivalentTo(keySettings)) {
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
    return readers;
  }
}
