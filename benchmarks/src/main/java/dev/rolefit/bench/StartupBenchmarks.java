package dev.rolefit.bench;

import dev.rolefit.RoleFit;
import java.util.concurrent.TimeUnit;
import org.apache.tika.parser.AutoDetectParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One-time costs, single shot: the first iteration of each fork is the cost in a fresh JVM (classes
 * loaded, YAML parsed, OpenNLP models read, Lucene index built); later iterations are a rebuild in
 * a JVM that has done it before.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 0)
@Measurement(iterations = 3)
public class StartupBenchmarks {

  /** Creates the benchmark. */
  public StartupBenchmarks() {}

  /**
   * {@link RoleFit#create()}: the bundled profile, its index and the models.
   *
   * @return the instance
   */
  @Benchmark
  public RoleFit createRoleFit() {
    return RoleFit.create();
  }

  /**
   * Tika's {@link AutoDetectParser} with every parser of the standard package, for comparison.
   *
   * @return the parser
   */
  @Benchmark
  public AutoDetectParser createTika() {
    return new AutoDetectParser();
  }
}
