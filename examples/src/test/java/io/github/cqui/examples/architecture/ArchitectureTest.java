package io.github.cqui.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The shape of the library (DESIGN.md, modules and layering), checked on the compiled main classes
 * of every published module: no package cycles; the calendar knows nothing of the rules; rules-api
 * knows nothing of core; nothing outside core sees core's implementation packages; nothing outside
 * the rules modules sees their {@code internal} packages; the kernel and the editions mechanism
 * know no policy area.
 *
 * <p>A package and its {@code internal} subpackage (where the generated implementations of its
 * value types live) count as one: the abstract type names its implementation in its factories.
 *
 * <p>{@link #theRulesCatchAPlantedCycle()} shows that the cycle rule fails on a planted cycle.
 */
class ArchitectureTest {

  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.cqui")
          .that(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("..examples..")));

  /** A package and its {@code internal} subpackage form one slice. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (name.endsWith(".internal")) {
            name = name.substring(0, name.length() - ".internal".length());
          }
          return SliceIdentifier.of(name);
        }

        @Override
        public String getDescription() {
          return "packages of io.github.cqui (a package with its internal subpackage)";
        }
      };

  static ArchRule noPackageCycles() {
    return SlicesRuleDefinition.slices().assignedFrom(PACKAGES).should().beFreeOfCycles();
  }

  @Test
  void thereAreClassesToCheck() {
    assertThat(LIBRARY.containPackage("io.github.cqui.calendar")).isTrue();
    assertThat(LIBRARY.containPackage("io.github.cqui.rules.deadline")).isTrue();
    assertThat(LIBRARY.containPackage("io.github.cqui.core")).isTrue();
  }

  @Test
  void noPackageCycle() {
    noPackageCycles().check(LIBRARY);
  }

  @Test
  void theCalendarKnowsNothingOfTheRules() {
    noClasses()
        .that()
        .resideInAnyPackage("io.github.cqui", "io.github.cqui.calendar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.cqui.rules..", "io.github.cqui.core..")
        .check(LIBRARY);
  }

  @Test
  void rulesApiKnowsNothingOfCore() {
    noClasses()
        .that()
        .resideInAPackage("io.github.cqui.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.cqui.core..")
        .check(LIBRARY);
  }

  @Test
  void nothingOutsideCoreSeesCoresImplementation() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.cqui.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.cqui.core.(*)..")
        .check(LIBRARY);
  }

  @Test
  void nothingOutsideTheRulesModulesSeesTheirInternals() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.github.cqui.rules..", "io.github.cqui.core..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.cqui.rules..internal..")
        .check(LIBRARY);
  }

  @Test
  void theKernelAndTheEditionsMechanismKnowNoPolicyArea() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.cqui.rules", "io.github.cqui.rules.internal", "io.github.cqui.rules.edition")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.cqui.rules.deadline..",
            "io.github.cqui.rules.notice..",
            "io.github.cqui.rules.benefit..",
            "io.github.cqui.rules.premium..",
            "io.github.cqui.rules.recovery..",
            "io.github.cqui.rules.control..",
            "io.github.cqui.rules.ruleset..",
            "io.github.cqui.rules.testing..")
        .check(LIBRARY);
  }

  @Test
  void theRulesCatchAPlantedCycle() {
    JavaClasses planted =
        new ClassFileImporter().importPackages("io.github.cqui.examples.architecture.cycle");
    assertThat(planted.containPackage("io.github.cqui.examples.architecture.cycle.a")).isTrue();
    assertThatThrownBy(() -> noPackageCycles().check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("io.github.cqui.examples.architecture.cycle.a")
        .hasMessageContaining("io.github.cqui.examples.architecture.cycle.b");
  }
}
