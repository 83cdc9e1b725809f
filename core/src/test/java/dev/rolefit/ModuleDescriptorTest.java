package dev.rolefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled module descriptor of core: the API packages exported and nothing else, Jackson let
 * into the model, the extractors provided as services, and every package null-marked. Tests run on
 * the classpath, so this reads {@code module-info.class} from the compiled main classes.
 */
class ModuleDescriptorTest {

  /** The packages a consumer may use; everything else is implementation. */
  private static final Set<String> API =
      Set.of(
          "dev.rolefit",
          "dev.rolefit.model",
          "dev.rolefit.extract",
          "dev.rolefit.profile",
          "dev.rolefit.report",
          "dev.rolefit.resume",
          "dev.rolefit.posting");

  /** API packages that only carry what the facade returns: immutable data, no behaviour to call. */
  private static final Set<String> DATA = Set.of("dev.rolefit.resume", "dev.rolefit.posting");

  private static Path classes;
  private static ModuleDescriptor module;
  private static Set<String> packages;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    classes = Path.of(RoleFit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    try (Stream<Path> files = Files.walk(classes)) {
      packages =
          files
              .filter(f -> f.getFileName().toString().endsWith(".class"))
              .map(f -> classes.relativize(f.getParent()))
              .filter(p -> p.getNameCount() > 0 && !p.toString().isEmpty())
              .map(p -> p.toString().replace(p.getFileSystem().getSeparator(), "."))
              .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void theModuleKeepsTheNameConsumersAlreadyUse() {
    assertEquals("dev.rolefit.core", module.name());
  }

  @Test
  void exportsExactlyTheApiPackagesToEveryone() {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      assertFalse(e.isQualified(), e + " is exported only to some modules");
      exported.add(e.source());
    }
    assertEquals(new TreeSet<>(API), exported);
    assertTrue(packages.containsAll(API), "an exported package has no classes: " + packages);
  }

  @Test
  void theParsedResumeAndPostingPackagesHoldOnlyRecords()
      throws IOException, ClassNotFoundException {
    List<String> behaviour = new ArrayList<>();
    for (Class<?> c : compiledClasses()) {
      if (DATA.contains(c.getPackageName()) && !c.isRecord() && !c.isEnum()) {
        behaviour.add(c.getName());
      }
    }
    assertEquals(List.of(), behaviour, "parsers and matchers belong in internal packages");
  }

  @Test
  void noInternalPackageIsExportedOrOpenedToAll() {
    assertTrue(packages.stream().anyMatch(p -> p.endsWith(".internal")), packages.toString());
    for (ModuleDescriptor.Exports e : module.exports()) {
      assertFalse(e.source().contains(".internal"), e.toString());
    }
    for (ModuleDescriptor.Opens o : module.opens()) {
      assertFalse(o.source().contains(".internal"), o.toString());
      assertTrue(o.isQualified(), o + " is open to every module");
    }
    assertFalse(module.isOpen(), "the whole module is open");
  }

  @Test
  void jacksonMayReflectOnTheResultModelAndTheProfiles() {
    for (String p : List.of("dev.rolefit.model", "dev.rolefit.profile")) {
      assertTrue(
          module.opens().stream()
              .anyMatch(
                  o ->
                      o.source().equals(p)
                          && o.targets().contains("com.fasterxml.jackson.databind")),
          p + " is not open to Jackson");
    }
  }

  @Test
  void theModuleProvidesTheExtractorsTheServiceFileLists() throws IOException {
    List<String> listed = new ArrayList<>();
    Path services = classes.resolve("META-INF/services/" + TextExtractor.class.getName());
    for (String line : Files.readAllLines(services, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        listed.add(line.strip());
      }
    }
    assertTrue(module.uses().contains(TextExtractor.class.getName()));
    ModuleDescriptor.Provides provides =
        module.provides().stream()
            .filter(p -> p.service().equals(TextExtractor.class.getName()))
            .findFirst()
            .orElseThrow();
    assertEquals(listed, provides.providers());
  }

  @Test
  void theFacadeSignaturesUseOnlyExportedOrForeignTypes() {
    for (Method m : RoleFit.class.getMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.getDeclaringClass() != RoleFit.class) {
        continue;
      }
      List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
      types.add(m.getReturnType());
      types.addAll(List.of(m.getExceptionTypes()));
      for (Class<?> t : types) {
        while (t.isArray()) {
          t = t.getComponentType();
        }
        String p = t.getPackageName();
        assertTrue(
            !p.startsWith("dev.rolefit") || API.contains(p),
            m + " uses " + t.getName() + " from an unexported package");
      }
    }
  }

  @Test
  void noRecordComponentCarriesATypeAnnotation() throws IOException, ClassNotFoundException {
    // On JDK 17 an agent's retransformation (Jazzer's) breaks such a record: NoSuchFieldError.
    List<String> annotated = new ArrayList<>();
    for (Class<?> c : compiledClasses()) {
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          if (rc.getAnnotatedType().getAnnotations().length > 0) {
            annotated.add(c.getName() + "." + rc.getName());
          }
        }
      }
    }
    assertEquals(List.of(), annotated);
  }

  @Test
  void everyPackageIsNullMarked() throws ClassNotFoundException {
    for (String p : packages) {
      Class<?> info = Class.forName(p + ".package-info");
      assertTrue(info.isAnnotationPresent(NullMarked.class), p + " is not @NullMarked");
    }
  }

  /** Every class compiled into core's main output, module and package descriptors left out. */
  private static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = classes.relativize(f).toString();
        if (!rel.endsWith(".class") || rel.endsWith("-info.class")) {
          continue;
        }
        String name =
            rel.substring(0, rel.length() - 6).replace(f.getFileSystem().getSeparator(), ".");
        out.add(Class.forName(name, false, RoleFit.class.getClassLoader()));
      }
    }
    return out;
  }
}
