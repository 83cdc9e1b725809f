package dev.rolefit.resume.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP model the parser uses (the sentence detector), loaded once from the classpath by file
 * name (each model jar also carries a root {@code model.properties} that clashes when shaded, so it
 * is never used). Models are thread-safe; the ME wrappers built from them are not, so callers make
 * their own.
 */
public final class NlpModels {
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final SentenceModel sentences;

  private NlpModels() {
    this.sentences = load(SENTENCE_MODEL, SentenceModel::new);
  }

  private static final class Holder {
    static final NlpModels INSTANCE = new NlpModels();
  }

  /**
   * The shared models (loaded on first use).
   *
   * @return the models
   */
  public static NlpModels get() {
    return Holder.INSTANCE;
  }

  /**
   * The English sentence model.
   *
   * @return the model
   */
  public SentenceModel sentences() {
    return sentences;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String name, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model not on the classpath: " + name);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + name, e);
    }
  }
}
