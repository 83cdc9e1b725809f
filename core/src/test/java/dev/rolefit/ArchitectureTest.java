package dev.rolefit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package layout as rules: stages depend one way, the result model depends on no stage, and no
 * pipeline stage knows how results are written or which command asked for them.
 */
@AnalyzeClasses(
    packages = "dev.rolefit",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  private static final String ROOT = "dev.rolefit";

  /**
   * One slice per stage: {@code dev.rolefit.X} with everything under it (its {@code internal}
   * package is its implementation, so the two are one slice), and the facade in {@code dev.rolefit}
   * itself as a slice of its own, so a stage that calls back into the facade is a cycle too.
   */
  static final SliceAssignment STAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String p = c.getPackageName();
          if (p.equals(ROOT)) {
            return SliceIdentifier.of("facade");
          }
          if (!p.startsWith(ROOT + ".")) {
            return SliceIdentifier.ignore();
          }
          String rest = p.substring(ROOT.length() + 1);
          int dot = rest.indexOf('.');
          return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
          return "the stages of " + ROOT;
        }
      };

  @ArchTest
  static final ArchRule noCyclesBetweenStages =
      slices().assignedFrom(STAGES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule pipelineKnowsNoWriterOrCommand =
      noClasses()
          .that()
          .resideInAnyPackage(
              ROOT + ".score..",
              ROOT + ".match..",
              ROOT + ".resume..",
              ROOT + ".extract..",
              ROOT + ".profile..",
              ROOT + ".posting..",
              ROOT + ".model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT + ".report..", ROOT + ".cli..");

  @ArchTest
  static final ArchRule modelDependsOnNoStage =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT,
              ROOT + ".score..",
              ROOT + ".match..",
              ROOT + ".resume..",
              ROOT + ".profile..",
              ROOT + ".posting..",
              ROOT + ".eval..");
}
