package org.tacitus.geo.seed;

import org.tacitus.coder.StandardCoder;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.geo.Geolocator;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;

/** CoreNLP, the shipped coder and the geolocator, loaded once per test JVM. */
final class GeoTestKit {

  private static CoreNlpAnnotator nlp;
  private static StandardCoder coder;

  private GeoTestKit() {
  }

  /** Annotates, codes and places {@code text} as one article. */
  static synchronized CodedArticle place(String text) {
    if (nlp == null) {
      nlp = new CoreNlpAnnotator(NlpConfig.defaults());
      coder = StandardCoder.load(CameoOntology.standard());
    }
    return Geolocator.standard().place(coder.code(nlp.annotate(Article.of("test", text))));
  }
}
