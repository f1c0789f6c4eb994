package org.tacitus.coder;

import java.util.List;
import java.util.Map;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.stage.ArticleCoder;

/** PLACEHOLDER being replaced: the shipped actor and event dictionaries behind the {@link ArticleCoder} contract. */
public final class StandardCoder implements ArticleCoder {

  private final CameoOntology ontology;

  private StandardCoder(CameoOntology ontology) {
    this.ontology = ontology;
  }

  /** Loads and compiles the shipped dictionaries (once per JVM is enough; the result is immutable). */
  public static StandardCoder load(CameoOntology ontology) {
    return new StandardCoder(ontology);
  }

  /** Dictionary file name → SHA-256 of its content, for provenance. */
  public Map<String, String> checksums() {
    return Map.of();
  }

  @Override
  public CodedArticle code(AnnotatedArticle article) {
    return new CodedArticle(article, List.of(), List.of());
  }

  CameoOntology ontology() {
    return ontology;
  }
}
