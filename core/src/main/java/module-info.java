/**
 * The rolefit library: analyses how well a resume covers a role profile or a job posting.
 *
 * <p>Exported: the facade ({@code dev.rolefit}), the result model, document reading with its limits
 * and typed exceptions, profile loading, the report writers, and the records the facade returns
 * (the parsed resume, the parsed posting). Everything else (matching, scoring, evaluation and every
 * {@code .internal} package, the parsers among them) is implementation.
 */
// OpenNLP, PDFBox and juniversalchardet ship no descriptor, only an Automatic-Module-Name.
@SuppressWarnings("requires-automatic")
module dev.rolefit.core {
  exports dev.rolefit;
  exports dev.rolefit.model;
  exports dev.rolefit.extract;
  exports dev.rolefit.profile;
  exports dev.rolefit.report;
  // Records only, returned by RoleFit.extract/parse and parsePosting; their parsers are internal.
  exports dev.rolefit.resume;
  exports dev.rolefit.posting;

  // Jackson binds the result model, the profile records and the CSV rows by reflection.
  opens dev.rolefit.model to
      com.fasterxml.jackson.databind;
  opens dev.rolefit.profile to
      com.fasterxml.jackson.databind;
  opens dev.rolefit.report to
      com.fasterxml.jackson.databind;

  // JsonReportWriter.mapper() hands out Jackson's ObjectMapper; the model carries its annotations.
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  // Nullness annotations only: needed to compile against the API, not to run it.
  requires static transitive org.jspecify;
  requires org.slf4j;
  requires org.apache.logging.log4j;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.memory;
  requires org.apache.lucene.highlighter;
  requires org.apache.opennlp.tools;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // PDFBox, an automatic module, declares no dependencies: its logging must be resolved for it.
  requires org.apache.commons.logging;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.scratchpad;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress;
  requires org.apache.commons.csv;
  requires com.samskivert.jmustache;
  requires com.github.albfernandez.juniversalchardet;
  requires java.desktop;

  uses dev.rolefit.extract.TextExtractor;

  provides dev.rolefit.extract.TextExtractor with
      dev.rolefit.extract.internal.PdfTextExtractor,
      dev.rolefit.extract.internal.DocxTextExtractor,
      dev.rolefit.extract.internal.DocTextExtractor,
      dev.rolefit.extract.internal.PlainTextExtractor;
}
