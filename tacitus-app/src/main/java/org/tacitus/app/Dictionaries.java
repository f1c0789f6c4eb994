package org.tacitus.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacitus.coder.StandardCoder;
import org.tacitus.coder.dict.ActorDictionary;
import org.tacitus.coder.dict.DictionaryException;
import org.tacitus.coder.dict.DictionaryText;
import org.tacitus.coder.dict.EventDictionary;
import org.tacitus.core.cameo.CameoOntology;

/** The shipped dictionary files, and the coder built from them and the user's. */
final class Dictionaries {

  /** The CAMEO tables of tacitus-core: event codes and actor sectors. */
  static final List<String> ONTOLOGY = List.of("/org/tacitus/core/cameo/cameo-codes.tsv",
      "/org/tacitus/core/cameo/cameo-sectors.tsv");

  static final String VERBS = "/org/tacitus/coder/dict/cameo-verbs.txt";
  static final String NOUNS = "/org/tacitus/coder/dict/cameo-nouns.txt";

  /** The coder's files, in the order the coder reads them; their names give their kinds. */
  static final List<String> CODER = List.of("/org/tacitus/coder/actors/countries.tsv",
      "/org/tacitus/coder/actors/organisations.tsv", "/org/tacitus/coder/actors/agents.tsv",
      "/org/tacitus/coder/actors/leaders.tsv", VERBS, NOUNS, "/org/tacitus/coder/dict/frames.tsv",
      "/org/tacitus/coder/dict/modality.tsv");

  private Dictionaries() {
  }

  /** A shipped file. */
  static DictionaryText shipped(String resource) {
    return DictionaryText.resource(Dictionaries.class, resource);
  }

  /**
   * The coder of the shipped dictionaries with the user's: actor files before the shipped ones, verbs and nouns
   * instead of them.
   *
   * @throws IOException when a user file cannot be read
   * @throws DictionaryException when a file breaks its grammar
   */
  static StandardCoder coder(CameoOntology ontology, UserDictionaries user) throws IOException {
    List<DictionaryText> texts = new ArrayList<>();
    for (UserDictionaries.ActorFile f : user.actors()) {
      texts.add(DictionaryText.file(f.path()));
    }
    ActorDictionary actors = ActorDictionary.standard(ontology, builder -> {
      for (int i = 0; i < texts.size(); i++) {
        user.actors().get(i).kind().addTo(builder, texts.get(i));
      }
    });
    EventDictionary events = user.verbs().isEmpty() && user.nouns().isEmpty() ? EventDictionary.standard(ontology)
        : EventDictionary.compile(ontology, read(user.verbs().orElse(null), VERBS),
            read(user.nouns().orElse(null), NOUNS));
    return StandardCoder.load(ontology, actors, events);
  }

  private static DictionaryText read(Path file, String shipped) throws IOException {
    return file == null ? shipped(shipped) : DictionaryText.file(file);
  }
}
