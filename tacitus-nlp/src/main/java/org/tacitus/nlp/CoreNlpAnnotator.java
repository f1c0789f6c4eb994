package org.tacitus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.Dependency;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;
import org.tacitus.core.stage.Annotator;
import org.tacitus.core.stage.StageException;

/**
 * Stanford CoreNLP behind the {@link Annotator} contract: tokenize, ssplit, pos, lemma, ner, depparse. CoreNLP's
 * objects are converted to Tacitus records here and never leave this class.
 *
 * <p>Building one loads the models (several seconds, about 1 GB of heap); build one per JVM and share it: {@link
 * #annotate} is thread safe.
 */
public final class CoreNlpAnnotator implements Annotator {

  /** The CoreNLP release on the classpath, as pinned in the parent POM. */
  public static final String CORENLP_VERSION = "4.5.10";

  private final StanfordCoreNLP tokenizer;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;
  private final NlpConfig config;

  public CoreNlpAnnotator(NlpConfig config) {
    this.config = config;
    this.tokenizer = new StanfordCoreNLP(properties(config, "tokenize,ssplit"));
    this.tagger = new StanfordCoreNLP(properties(config, "pos,lemma,ner"));
    this.parser = new StanfordCoreNLP(properties(config, "depparse"));
  }

  /**
   * The pipeline runs in three steps on one CoreNLP document: tokens and sentences; then, after headlines are
   * true-cased, tags, lemmas and names; then, after the tag repairs of {@link #nounsTaggedAsVerbs}, dependencies.
   * Each step's requirements are met by the ones before it.
   */
  static Properties properties(NlpConfig config, String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", config.newlineSentenceBreak());
    p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.maxLength", Integer.toString(config.maxSentenceTokens()));
    p.setProperty("pos.maxLen", Integer.toString(Math.max(config.maxSentenceTokens(), 250)));
    p.setProperty("ner.maxLength", Integer.toString(Math.max(config.maxSentenceTokens(), 250)));
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    return p;
  }

  /**
   * A wire dateline before a dash ("GUATEMALA CITY -- Gunmen ...", "WASHINGTON (AP) — The ...", "Raipur, India -
   * Rights ..."): a place, an optional ", date" and "(agency)", then a dash between spaces, at the start of the text.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "\\A\\s*[A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Za-z0-9.]+){0,2})?"
          + "(?: \\([A-Za-z .]{1,30}\\))?( (?:--|-|—|–) )(?=\\S)");

  /** The first blank line: the end of a headline written on the text's first lines. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

  /**
   * The text CoreNLP reads: the article's own, except that the dash after a dateline is made a sentence break of the
   * same length (" -- " becomes "-\n\n ", " — " becomes "—\n\n"), so that the parser does not read the dateline as
   * the subject of the first sentence. The dateline opens the text or the paragraph after a headline. Offsets into
   * the article's text are unchanged.
   */
  static String withDatelineBreak(String text, String newlineSentenceBreak) {
    if (newlineSentenceBreak.equals("never")) {
      return text;
    }
    Matcher m = DATELINE.matcher(text);
    if (!m.lookingAt()) {
      // a headline first: the dateline opens the paragraph after it ("Kenya Sends Police To Haiti\n\nNAIROBI -- ...")
      // or the line after it ("Kenya sends police to Haiti\nNAIROBI -- ...")
      Matcher blank = BLANK_LINE.matcher(text);
      int line = text.indexOf('\n');
      if (!(blank.find() && m.region(blank.end(), text.length()).lookingAt())
          && !(line > 0 && m.region(line + 1, text.length()).lookingAt())) {
        return text;
      }
    }
    String sep = m.group(1); // " -- ", " - ", " — "
    String dash = sep.strip();
    String replaced = dash + "\n".repeat(sep.length() - dash.length());
    return text.substring(0, m.start(1)) + replaced + text.substring(m.end(1));
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotation doc = new Annotation(withDatelineBreak(article.text(), config.newlineSentenceBreak()));
    try {
      tokenizer.annotate(doc);
      splitHeadlineLine(doc, article.text());
      List<CoreMap> headlines = config.truecaseHeadlines() ? headlines(doc) : List.of();
      if (!headlines.isEmpty()) {
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, headlines);
        Truecaser.PIPELINE.annotate(part);
        headlines.forEach(CoreNlpAnnotator::keepAcronyms);
      }
      tagger.annotate(doc);
      List<CoreMap> tagged = doc.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreMap> verbless = new ArrayList<>(headlines);
      List<CoreMap> lines = new ArrayList<>(headlines);
      for (CoreMap s : tagged == null ? List.<CoreMap>of() : tagged) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        if (!headlines.contains(s) && headlineShape(tokens)) {
          lines.add(s); // ("US, UK strike Houthi targets": a verb the tagger found still leaves the comma)
          if (!hasFiniteVerb(tokens)) {
            verbless.add(s);
          }
        }
      }
      lines.forEach(CoreNlpAnnotator::headlineCommaAsAnd);
      lines.forEach(CoreNlpAnnotator::headlineVerbReadAsPlural);
      verbless.forEach(CoreNlpAnnotator::headlineVerb);
      lines.stream().filter(l -> !verbless.contains(l)).forEach(CoreNlpAnnotator::headlineVerbBeforeComma);
      for (CoreMap s : tagged == null ? List.<CoreMap>of() : tagged) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        nounsTaggedAsVerbs(tokens);
        coordinatedNationalities(tokens);
        gerundsAsNouns(tokens);
        placePrepositionsTaggedAsAdjectives(tokens);
        infinitivesTaggedAsNouns(tokens);
        hyphenatedVerbs(tokens);
        finiteVerbsTaggedAsParticiples(tokens);
        firstWordLemma(tokens);
      }
      parser.annotate(doc);
    } catch (RuntimeException e) {
      throw new StageException("nlp", article.id(), "CoreNLP: " + e, e);
    }
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> result = new ArrayList<>(sentences == null ? 0 : sentences.size());
    if (sentences != null) {
      for (CoreMap s : sentences) {
        result.add(convert(result.size(), s));
      }
    }
    return new AnnotatedArticle(article, result);
  }

  /**
   * A headline on the text's first line with the dateline on the next ("Blinken visits Beijing\nBEIJING, April 26
   * (Wire) - ..."): with only blank lines breaking sentences, CoreNLP joins the two lines; they are split here, before
   * tagging, so that the headline is read as a sentence of its own.
   */
  private static void splitHeadlineLine(Annotation doc, String text) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      return;
    }
    CoreMap first = sentences.get(0);
    List<CoreLabel> tokens = first.get(CoreAnnotations.TokensAnnotation.class);
    for (int k = 1; k < tokens.size(); k++) {
      if (!text.substring(tokens.get(k - 1).endPosition(), tokens.get(k).beginPosition()).contains("\n")) {
        continue;
      }
      Matcher m = DATELINE.matcher(text);
      if (!m.region(tokens.get(k).beginPosition(), text.length()).lookingAt()) {
        return; // only a dateline right after the first line break splits the sentence
      }
      int tokenBegin = first.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<CoreMap> split = new ArrayList<>();
      split.add(part(text, tokens.subList(0, k), tokenBegin));
      split.add(part(text, tokens.subList(k, tokens.size()), tokenBegin + k));
      split.addAll(sentences.subList(1, sentences.size()));
      for (int i = 0; i < split.size(); i++) {
        split.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
        List<CoreLabel> ts = split.get(i).get(CoreAnnotations.TokensAnnotation.class);
        for (int j = 0; j < ts.size(); j++) {
          ts.get(j).setIndex(j + 1);
          ts.get(j).setSentIndex(i);
        }
      }
      doc.set(CoreAnnotations.SentencesAnnotation.class, split);
      return;
    }
  }

  /** A sentence of {@code tokens}, which start at token {@code tokenBegin} of the document. */
  private static CoreMap part(String text, List<CoreLabel> tokens, int tokenBegin) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation sentence = new Annotation(text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return sentence;
  }

  /** Tags of finite and modal verbs. */
  private static final Set<String> FINITE_TAGS = Set.of("VBZ", "VBP", "VBD", "MD");

  /** Tags that end a sentence of prose: a headline has none. */
  private static final Set<String> CLOSING_TAGS = Set.of(".", "''", ":", "-RRB-");

  /**
   * A headline in sentence case ("Putin hosts Kim Jong Un at Russian spaceport", "Russia, Ukraine swap 200
   * prisoners"): a short line opening with a capital and with no closing punctuation. One that, as tagged, has no verb
   * at all (the tagger has read its verb as a noun) gets its verb back by {@link #headlineVerb}. Title-case headlines
   * are found before tagging by {@link #isHeadline}.
   */
  private static boolean headlineShape(List<CoreLabel> t) {
    return t.size() >= 3 && t.size() <= 20 && !CLOSING_TAGS.contains(t.get(t.size() - 1).tag())
        && Character.isUpperCase(t.get(0).word().charAt(0));
  }

  /**
   * Whether a headline has a verb of its own: a finite or modal one, or a base form that is no infinitive ("Orders X
   * To Leave" has none). Participles are no sign of one: "Koran burning", "Thousands killed in quake" are read with
   * their nouns.
   */
  private static boolean hasFiniteVerb(List<CoreLabel> t) {
    for (int i = 0; i < t.size(); i++) {
      String tag = t.get(i).tag();
      boolean infinitive = "VB".equals(tag) && i > 0 && "TO".equals(t.get(i - 1).tag());
      if (tag != null && (FINITE_TAGS.contains(tag) || "VB".equals(tag) && !infinitive)) {
        return true;
      }
    }
    return false;
  }

  /** Tags that may follow a headline's verb: its object or a phrase. */
  private static final Set<String> AFTER_HEADLINE_VERB = Set.of("JJ", "NN", "NNS", "NNP", "NNPS", "DT", "CD",
      "PRP$", "JJR", "RBR");

  /**
   * "Saudi Arabia, Iran Agree To Restore Ties", "Pakistan, India Exchange Fire": a headline joins two names before
   * its verb with a comma where a sentence writes "and", and the parser then makes the second an apposition of the
   * first. The only comma of a headline, between two proper nouns, is read as "and" (the token keeps its text and
   * offsets; only the word the tagger and parser see, and its tag, change).
   */
  static void headlineCommaAsAnd(CoreMap headline) {
    List<CoreLabel> t = headline.get(CoreAnnotations.TokensAnnotation.class);
    int comma = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).word().equals(",")) {
        if (comma >= 0) {
          return;
        }
        comma = i;
      }
    }
    if (comma < 1 || comma + 1 >= t.size() || !t.get(comma - 1).tag().startsWith("NNP")
        || !t.get(comma + 1).tag().startsWith("NNP")) {
      return;
    }
    for (int i = 0; i < comma; i++) {
      if (t.get(i).tag().startsWith("VB") || t.get(i).tag().equals("MD")) {
        return; // "Putin Says Ukraine, Russia ..." keeps its comma
      }
    }
    CoreLabel l = t.get(comma);
    l.setWord("and");
    l.setValue("and");
    l.setTag("CC");
    l.setLemma("and");
  }

  /**
   * "Iran Summons British Ambassador Over Sanctions", "Russian Forces Shell Kharkiv", "Thousands March in Paris": a
   * headline's verb is often read as a noun even once its case is restored, and a headline with no verb at all is
   * parsed as one noun phrase. In a headline that has no verb tag, the first word after the subject that reads as a
   * present-tense verb is tagged as one: a plural-looking noun followed by its object (VBZ), or a singular word after
   * a plural subject followed by an object or a preposition (VBP).
   */
  static void headlineVerb(CoreMap headline) {
    List<CoreLabel> t = headline.get(CoreAnnotations.TokensAnnotation.class);
    if (!hasFiniteVerb(t)) {
      verbAfterSubject(t);
    }
  }

  /**
   * "Rebels storm town, kill 20 soldiers": a headline whose verb the tagger found only after its first comma lists
   * acts, and the part before the comma has its own verb, found as in a headline with none.
   */
  static void headlineVerbBeforeComma(CoreMap headline) {
    List<CoreLabel> t = headline.get(CoreAnnotations.TokensAnnotation.class);
    int comma = 0;
    while (comma < t.size() && !t.get(comma).word().equals(",")) {
      comma++;
    }
    if (comma >= 2 && comma + 1 < t.size() && PRESENT_VERB_TAGS.contains(t.get(comma + 1).tag())
        && !hasFiniteVerb(t.subList(0, comma))) {
      verbAfterSubject(t.subList(0, comma));
    }
  }

  /** Tags of a present-tense verb or of a base form a headline writes for one. */
  private static final Set<String> PRESENT_VERB_TAGS = Set.of("VB", "VBP", "VBZ");

  /** The first word after a headline's subject that reads as its present-tense verb, tagged as one. */
  private static void verbAfterSubject(List<CoreLabel> t) {
    for (int i = 1; i + 1 < t.size(); i++) {
      CoreLabel l = t.get(i);
      String prev = t.get(i - 1).tag();
      String next = t.get(i + 1).tag();
      String word = l.word().toLowerCase(java.util.Locale.ROOT);
      // ("Sudan army chief visits Egypt": a noun the tagger read as an adjective after a noun ends the subject too)
      boolean nounAfterNoun = prev.equals("JJ") && i >= 2 && t.get(i - 2).tag().startsWith("NN");
      if (!prev.startsWith("NN") && !nounAfterNoun || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      if ((l.tag().equals("NNS") || l.tag().equals("NNPS")) && word.endsWith("s") && AFTER_HEADLINE_VERB.contains(next)) {
        l.setTag("VBZ");
        l.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(word, "VBZ"));
        return;
      }
      boolean plural = prev.equals("NNS") || prev.equals("NNPS")
          || PLURAL_NOUNS.contains(t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))
          || t.subList(0, i).stream().anyMatch(x -> x.tag().equals("CC")); // "Pakistan, India Exchange Fire"
      if ((l.tag().equals("NN") || l.tag().equals("NNP")) && plural
          && (AFTER_HEADLINE_VERB.contains(next) || next.equals("IN"))) {
        l.setTag("VBP");
        l.setLemma(word);
        return;
      }
    }
  }

  /** Headline verbs in "-s" that are also plural nouns ("issues", "plans", "orders"). */
  private static final Set<String> HEADLINE_VERBS_LIKE_PLURALS = Set.of("issue", "call", "plan", "order", "offer",
      "pledge", "demand", "ban", "sign", "back", "launch", "hold", "extend", "charge", "sanction", "approve", "lift",
      "impose", "seek", "vow", "warn", "urge");

  /**
   * "ICC issues arrest warrant for Myanmar junta chief": the tagger reads a headline's verb after the subject as a
   * plural noun and the noun compounded with the object as the verb ("issues/NNS arrest/VBP warrant/NN"). When such a
   * word, a verb of the news that is also a plural noun, stands right after the subject's noun and before a
   * present-tense verb that is followed by a singular noun, the word is the verb (VBZ) and the next one a noun (NN).
   */
  static void headlineVerbReadAsPlural(CoreMap headline) {
    List<CoreLabel> t = headline.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 1; i + 2 < t.size(); i++) {
      CoreLabel verb = t.get(i);
      CoreLabel noun = t.get(i + 1);
      String word = verb.word().toLowerCase(java.util.Locale.ROOT);
      if (verb.tag().equals("NNS") && word.endsWith("s") && t.get(i - 1).tag().startsWith("NN")
          && noun.tag().equals("VBP") && t.get(i + 2).tag().equals("NN")
          && HEADLINE_VERBS_LIKE_PLURALS.contains(edu.stanford.nlp.process.Morphology.lemmaStatic(word, "VBZ"))) {
        verb.setTag("VBZ");
        verb.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(word, "VBZ"));
        noun.setTag("NN");
        noun.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(noun.word().toLowerCase(java.util.Locale.ROOT),
            "NN"));
        return;
      }
    }
  }

  /** Nouns that are plural without an "s", which the tagger may tag NN ("Kenyan Police Fire Tear Gas ..."). */
  private static final Set<String> PLURAL_NOUNS = Set.of("police", "people", "military", "clergy", "youth",
      "personnel", "militia");

  /** Tags that open a noun phrase: a base-form verb right after one of them, before a noun, is a noun. */
  private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DT", "PRP$", "POS", "JJ", "CD");

  /**
   * "a drone strike", "Israel's drone attacks", "the Russian drone strike on Odesa": the tagger reads a noun used as
   * the modifier of another noun as a base-form verb (VB), and the parser then builds a clause around it. A base-form
   * verb stands after a modal, "to", "do" or a causative's object, never between a determiner, a possessive, an
   * adjective, a number or a nationality and a noun, nor right after a determiner or a possessive ("intercepted a drone
   * launched from Yemen"), after an adjective right after one ("A Russian drone strayed into ...") or after the noun
   * of a noun phrase so opened ("a new attack drone capable of ..."); such a
   * token is retagged as a singular noun (NN) before parsing.
   * ("helped Ukraine win elections" keeps its verb: a country's name opens no noun phrase; "demanded that the French
   * withdraw troops" keeps it too: "that", a modal, "to" or a causative verb shortly before opens such a clause.)
   */
  static void nounsTaggedAsVerbs(List<CoreLabel> t) {
    for (int i = 1; i + 1 < t.size(); i++) {
      CoreLabel prev = t.get(i - 1);
      if ("VBP".equals(t.get(i).tag()) && (prev.tag().equals("VBD") || prev.tag().equals("VBN"))
          && t.get(i + 1).tag().startsWith("NN") && !t.get(i + 1).tag().startsWith("NNP")
          && !BARE_INFINITIVE_HEADS.contains(edu.stanford.nlp.process.Morphology.lemmaStatic(
              prev.word().toLowerCase(java.util.Locale.ROOT), prev.tag()))) {
        // "launched drone attacks": a present-tense verb right after a past one is the modifier of a noun phrase
        CoreLabel l = t.get(i);
        l.setTag("NN");
        l.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(l.word(), "NN"));
        continue;
      }
      if ((t.get(i).tag().equals("VB") || t.get(i).tag().equals("VBP")) && i >= 3
          && (prev.word().equalsIgnoreCase("and") || prev.word().equalsIgnoreCase("or"))
          && t.get(i - 2).tag().equals("NN") && NOUN_PHRASE_OPENERS.contains(t.get(i - 3).tag())
          && t.get(i + 1).tag().startsWith("NN") && !t.get(i + 1).tag().startsWith("NNP")) {
        // "a massive missile and drone attack": the second of two nouns coordinated inside an opened noun phrase
        CoreLabel l = t.get(i);
        l.setTag("NN");
        l.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(l.word(), "NN"));
        continue;
      }
      if (!"VB".equals(t.get(i).tag())) {
        continue;
      }
      // ("intercepted a drone launched from Yemen": right after a determiner or a possessive, whatever follows)
      boolean determined = Set.of("DT", "PRP$", "POS").contains(prev.tag()) && !prev.word().equalsIgnoreCase("that");
      // ("a new attack drone", "a Ukrainian sea drone": the last word of a noun phrase already opened)
      int before = i - 1;
      while (before > 0 && before > i - 4 && t.get(before).tag().equals("NN")) {
        before--; // ("a helicopter type attack drone")
      }
      boolean compoundHead = prev.tag().equals("NN") && before < i - 1
          && (NOUN_PHRASE_OPENERS.contains(t.get(before).tag()) || isNationality(t.get(before)));
      // ("A Russian drone strayed into ...": an adjective right after a determiner opens the noun phrase too, and so
      // does a nationality tagged as a name: "shot down a Ukrainian drone.")
      boolean determinedAdjective = (prev.tag().equals("JJ") || isNationality(prev)) && i >= 2
          && Set.of("DT", "PRP$", "POS").contains(t.get(i - 2).tag()) && !t.get(i - 2).word().equalsIgnoreCase("that");
      if (!t.get(i + 1).tag().startsWith("NN") && !determined && !compoundHead && !determinedAdjective) {
        continue;
      }
      boolean nationality = isNationality(prev);
      // ("a US drone strike": a name after a determiner is a modifier too)
      boolean determinedName = prev.tag().startsWith("NNP") && i >= 2
          && Set.of("DT", "PRP$", "POS").contains(t.get(i - 2).tag());
      if ((NOUN_PHRASE_OPENERS.contains(prev.tag()) || nationality || determinedName || compoundHead)
          && !bareInfinitiveContext(t, i)) {
        CoreLabel l = t.get(i);
        l.setTag("NN");
        l.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(l.word(), "NN"));
      }
    }
  }

  private static boolean isNationality(CoreLabel l) {
    return (l.tag().startsWith("NNP") || l.tag().equals("JJ"))
        && ("MISC".equals(l.ner()) || "NATIONALITY".equals(l.ner()));
  }

  /**
   * "Sanctions were imposed on Iran": the tagger reads a capitalised first word as a proper noun (NNPS) and the
   * lemmatiser then keeps it whole ("Sanctions"). When the named-entity tagger finds no name there, its lemma is the
   * common noun's ("sanction"); a plural read as a singular name ("Missiles were fired ...", NNP) is tagged NNS.
   */
  static void firstWordLemma(List<CoreLabel> t) {
    int first = 0;
    while (first < t.size() && !t.get(first).word().chars().anyMatch(Character::isLetter)) {
      first++; // past an opening quote
    }
    if (first >= t.size()) {
      return;
    }
    CoreLabel l = t.get(first);
    // (a word in capitals is a dateline's place or an acronym: "NAIROBI, March 4 -")
    if ((l.tag().equals("NNPS") || l.tag().equals("NNP")) && "O".equals(l.ner()) && !allCapitals(l.word())) {
      String lower = l.word().toLowerCase(java.util.Locale.ROOT);
      String plural = edu.stanford.nlp.process.Morphology.lemmaStatic(lower, "NNS");
      if (l.tag().equals("NNP") && lower.endsWith("s") && !lower.endsWith("ss") && !plural.equals(lower)) {
        l.setTag("NNS"); // "Missiles were fired at ...": a plural common noun read as a singular name
      }
      l.setLemma(l.tag().startsWith("NNS") || l.tag().equals("NNPS") ? plural
          : edu.stanford.nlp.process.Morphology.lemmaStatic(lower, "NN"));
    }
  }

  /**
   * "South Korean and US forces began joint drills": a country's name written as the second of two coordinated
   * modifiers, after a nationality adjective, is read as a noun (NNP), and the parser then makes the first modifier
   * a clause of its own. Such a name, right before a common noun, is tagged as an adjective (JJ) like its fellow.
   */
  static void coordinatedNationalities(List<CoreLabel> t) {
    for (int i = 2; i + 1 < t.size(); i++) {
      CoreLabel name = t.get(i);
      if (name.tag().equals("NNP") && t.get(i - 1).tag().equals("CC") && t.get(i - 2).tag().equals("JJ")
          && isNationality(t.get(i - 2)) && t.get(i + 1).tag().startsWith("NN") && !t.get(i + 1).tag().startsWith("NNP")
          && ("COUNTRY".equals(name.ner()) || "LOCATION".equals(name.ner()) || "ORGANIZATION".equals(name.ner()))) {
        name.setTag("JJ");
      }
    }
  }

  /**
   * "condemned the storming of the mosque", "the shelling of Kharkiv": a gerund after an article and before "of" is
   * a noun, but the tagger often reads it as a verb (VBG) and the parser then makes the article the verb's object.
   * Such a token is tagged NN; its lemma stays the verb's ("storm"), which tells the event coder it names that verb's
   * act.
   */
  static void gerundsAsNouns(List<CoreLabel> t) {
    for (int i = 1; i + 1 < t.size(); i++) {
      String article = t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
      if (t.get(i).tag().equals("VBG") && (article.equals("the") || article.equals("a") || article.equals("an"))
          && t.get(i + 1).word().equalsIgnoreCase("of")) {
        t.get(i).setTag("NN");
      }
    }
  }

  /** Tags that open a noun phrase only after a preposition when "outside" stands before them ("outside the"). */
  private static final Set<String> PLACE_OPENERS = Set.of("DT", "PRP$", "CD");

  /** Verbs of being or gathering somewhere, after which "outside parliament" says where. */
  private static final Set<String> STAYING = Set.of("stand", "gather", "rally", "protest", "demonstrate", "camp",
      "wait", "assemble", "march", "sit", "remain", "stay", "mass", "congregate");

  /**
   * "Riot police armed with batons stood outside parliament": the tagger may read "outside" (or "inside") after a verb
   * as an adjective, and the parser then makes the verb a modifier of the noun. Before a determiner, a possessive, a
   * number or a name, or before a bare noun after a verb of standing or gathering, it is the preposition (IN);
   * "sought outside help" keeps its adjective.
   */
  static void placePrepositionsTaggedAsAdjectives(List<CoreLabel> t) {
    for (int i = 1; i + 1 < t.size(); i++) {
      CoreLabel w = t.get(i);
      String word = w.word().toLowerCase(java.util.Locale.ROOT);
      CoreLabel verb = t.get(i - 1);
      String next = t.get(i + 1).tag();
      if (!w.tag().equals("JJ") || !(word.equals("outside") || word.equals("inside"))
          || !verb.tag().startsWith("VB")) {
        continue;
      }
      boolean opener = PLACE_OPENERS.contains(next) || next.startsWith("NNP");
      boolean staying = next.equals("NN") && STAYING.contains(edu.stanford.nlp.process.Morphology.lemmaStatic(
          verb.word().toLowerCase(java.util.Locale.ROOT), verb.tag()));
      if (opener || staying) {
        w.setTag("IN");
      }
    }
  }

  /** Verbs that take an infinitive of what their subject means to do: "threatened to annex", "vowed to blockade". */
  private static final Set<String> INTENDING = Set.of("threaten", "vow", "pledge", "promise", "plan", "agree",
      "decide", "seek", "try", "want", "refuse", "aim", "intend", "hope", "prepare", "offer", "warn");

  /**
   * "Venezuela threatened to annex the region", "China threatened to blockade the island": after a verb of intent,
   * the tagger may read "to" as a preposition and a verb that is mostly a noun ("annex", "blockade") as its object.
   * Before a determiner, a possessive or a name, such a word is the infinitive: "to" is tagged TO and the word VB.
   */
  static void infinitivesTaggedAsNouns(List<CoreLabel> t) {
    for (int i = 2; i + 1 < t.size(); i++) {
      CoreLabel to = t.get(i - 1);
      CoreLabel verb = t.get(i - 2);
      String next = t.get(i + 1).tag();
      if (t.get(i).tag().equals("NN") && to.word().equalsIgnoreCase("to") && to.tag().equals("IN")
          && verb.tag().startsWith("VB") && INTENDING.contains(edu.stanford.nlp.process.Morphology.lemmaStatic(
          verb.word().toLowerCase(java.util.Locale.ROOT), verb.tag()))
          && (next.equals("DT") || next.equals("PRP$") || next.startsWith("NNP"))) {
        to.setTag("TO");
        t.get(i).setTag("VB");
        t.get(i).setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(t.get(i).word()
            .toLowerCase(java.util.Locale.ROOT), "VB"));
      }
    }
  }

  /**
   * "North Korea test-fired a missile", "US planes air-dropped aid": the tokenizer splits a verb compounded with a noun
   * at its hyphen, and the verb alone loses what the compound says. A verb written right after a noun and a hyphen,
   * with no space between, takes the compound as its lemma ("test-fire", "air-drop"); the event dictionary gives such
   * a lemma its own entries or, when it has none, the verb's.
   */
  static void hyphenatedVerbs(List<CoreLabel> t) {
    for (int i = 2; i < t.size(); i++) {
      CoreLabel v = t.get(i);
      CoreLabel hyphen = t.get(i - 1);
      CoreLabel first = t.get(i - 2);
      if (v.tag().startsWith("VB") && hyphen.word().equals("-") && first.tag().equals("NN")
          && first.endPosition() == hyphen.beginPosition() && hyphen.endPosition() == v.beginPosition()
          && v.lemma() != null && first.word().chars().allMatch(Character::isLetter)) {
        v.setLemma(first.word().toLowerCase(java.util.Locale.ROOT) + "-" + v.lemma());
      }
    }
  }

  /** Whether token i ends a noun compounded with a verb by a hyphen ("test-fired"): the noun is at i - 2. */
  private static boolean hyphenatedVerb(List<CoreLabel> t, int i) {
    return i >= 2 && t.get(i).lemma() != null && t.get(i).lemma().contains("-") && t.get(i - 1).word().equals("-")
        && t.get(i).lemma().startsWith(t.get(i - 2).word().toLowerCase(java.util.Locale.ROOT) + "-");
  }

  /** Tags of a finite verb or of a word that makes a verb after it non-finite. */
  private static final Set<String> FINITE_OR_AUXILIARY = Set.of("VBD", "VBZ", "VBP", "MD", "TO");

  /** Tags that open a noun phrase a verb can take as its object. */
  private static final Set<String> OBJECT_OPENERS = Set.of("DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS",
      "VBN", "PRP");

  /**
   * "Egyptian security forces tortured detained activists", "Gabon's military seized power and placed the president
   * under house arrest": the tagger read the sentence's only finite verb as a past participle (VBN), and the parser
   * then made the whole sentence one noun phrase. A participle that follows the subject's noun phrase with no finite
   * verb, auxiliary, "to" or comma before it, and that is followed at once by a noun phrase (a passive participle
   * takes no object), is the clause's past-tense verb (VBD); so is a participle coordinated with it by "and". So is
   * a verb of intent followed by its infinitive ("Malaysia's prime minister offered to mediate"), which English does
   * not put in the passive ({@link #INTENDING}, but "warned to leave" is).
   */
  static void finiteVerbsTaggedAsParticiples(List<CoreLabel> t) {
    int retagged = -1;
    for (int i = 1; i + 1 < t.size(); i++) {
      CoreLabel l = t.get(i);
      String tag = l.tag();
      if (l.word().equals(",")) {
        // "The United States, a treaty ally of the Philippines, condemned ...": an apposition set off by commas
        int close = appositionEnd(t, i);
        if (close < 0) {
          break;
        }
        i = close;
        continue;
      }
      if (FINITE_OR_AUXILIARY.contains(tag) || tag.startsWith("VB") && !tag.equals("VBN")
          || tag.equals("WDT") || tag.equals("WP") || tag.equals("IN") && !l.word().equalsIgnoreCase("of")) {
        break; // a finite verb, an auxiliary or a clause boundary came first ("The head of the agency" goes on)
      }
      if (!tag.equals("VBN") || !OBJECT_OPENERS.contains(t.get(i + 1).tag()) && !intentAndInfinitive(t, i)) {
        continue;
      }
      int before = hyphenatedVerb(t, i) ? i - 2 : i; // ("North Korea test-fired a missile")
      if (before < 1) {
        break; // ("Test-fired missiles ...": no subject before it)
      }
      CoreLabel prev = t.get(before - 1).word().equals(",") && before >= 2 ? t.get(before - 2) : t.get(before - 1);
      boolean afterNoun = prev.tag().startsWith("NN")
          || prev.tag().equals("JJ") && before >= 2 && Set.of("POS", "DT", "PRP$").contains(t.get(before - 2).tag());
      if (afterNoun && !finiteVerbFollows(t, i)) {
        l.setTag("VBD");
        if (prev.tag().equals("JJ")) {
          prev.setTag("NN"); // "Gabon's military", "the wounded": an adjective heading the subject is a noun
        }
        retagged = i;
      }
      break;
    }
    if (retagged < 0) {
      return;
    }
    for (int i = retagged + 2; i + 1 < t.size(); i++) {
      CoreLabel l = t.get(i);
      if (l.word().equals(",") || FINITE_OR_AUXILIARY.contains(l.tag())) {
        break;
      }
      if (l.tag().equals("VBN") && t.get(i - 1).tag().equals("CC") && OBJECT_OPENERS.contains(t.get(i + 1).tag())) {
        l.setTag("VBD"); // "... seized power and placed the president under house arrest"
        break;
      }
    }
  }

  /** Whether token i is a verb of intent other than "warn" followed by "to" and a base-form verb. */
  private static boolean intentAndInfinitive(List<CoreLabel> t, int i) {
    String lemma = edu.stanford.nlp.process.Morphology.lemmaStatic(t.get(i).word().toLowerCase(java.util.Locale.ROOT),
        "VBN");
    return i + 2 < t.size() && INTENDING.contains(lemma) && !lemma.equals("warn")
        && t.get(i + 1).tag().equals("TO") && t.get(i + 2).tag().equals("VB");
  }

  /** Tags of the words of an apposition: a noun phrase with its prepositional phrases. */
  private static final Set<String> APPOSITION_WORDS = Set.of("DT", "PDT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP",
      "NNPS", "IN", "CD", "POS", "PRP$", "CC", "HYPH", "``", "''");

  /**
   * The closing comma of an apposition opened by the comma at {@code open} ("..., a treaty ally of the Philippines,
   * ..."): a noun phrase of at most 14 words ending in a noun; -1 when there is none.
   */
  private static int appositionEnd(List<CoreLabel> t, int open) {
    for (int k = open + 1; k < Math.min(t.size(), open + 16); k++) {
      CoreLabel l = t.get(k);
      if (l.word().equals(",")) {
        return k > open + 1 && t.get(k - 1).tag().startsWith("NN") ? k : -1;
      }
      if (!APPOSITION_WORDS.contains(l.tag())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a finite verb follows token i before the next comma: "A report released Tuesday in the capital alleged
   * that ...", where the participle belongs to the subject.
   */
  private static boolean finiteVerbFollows(List<CoreLabel> t, int i) {
    for (int k = i + 1; k < t.size(); k++) {
      String tag = t.get(k).tag();
      if (t.get(k).word().equals(",") || tag.equals("WDT") || tag.equals("WP") || tag.equals("CC")
          || t.get(k).word().equals("that")) {
        return false; // ("dissolved parliament and suspended the constitution": a verb after "and" is its fellow)
      }
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** Words after which a noun phrase and a base-form verb make a clause: "demanded that the French withdraw ...". */
  private static final Set<String> BARE_INFINITIVE_HEADS = Set.of("that", "let", "make", "have",
      "help", "see", "watch", "hear", "bid", "lest", "do");

  /**
   * Whether token i may be a bare infinitive or a subjunctive: "that", a modal or "to" among the four words before it,
   * or a causative verb ("let", "make", "help" ...) right before the noun phrase it ends ("let the French decide";
   * "had intercepted a drone" is no causative).
   */
  private static boolean bareInfinitiveContext(List<CoreLabel> t, int i) {
    boolean nounPhrase = true;
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      CoreLabel l = t.get(k);
      String lemma = l.lemma() == null ? l.word().toLowerCase(java.util.Locale.ROOT) : l.lemma();
      if (l.tag().equals("MD") || l.tag().equals("TO") || lemma.equals("that") || lemma.equals("lest")
          || nounPhrase && BARE_INFINITIVE_HEADS.contains(lemma)) {
        return true;
      }
      nounPhrase &= NOUN_PHRASE_WORDS.contains(l.tag());
    }
    return false;
  }

  /** Tags of the words of a noun phrase. */
  private static final Set<String> NOUN_PHRASE_WORDS = Set.of("DT", "PRP$", "POS", "JJ", "CD", "NN", "NNS", "NNP",
      "NNPS", "PRP");

  /**
   * A headline in title case ("Pakistan Summons Afghan Envoy Over Border Attack") or in capitals: at least three
   * words of four letters or more after the first word, and at least four in five of them begin with a capital.
   * Short words are left out because house styles differ on "of", "in", "over". A sentence of prose with many names
   * ("Russian Foreign Minister Sergey Lavrov says Moscow will ...") stays below the share.
   */
  static boolean isHeadline(List<String> words) {
    int long4 = 0;
    int capital = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      int letters = 0;
      for (int k = 0; k < w.length(); k++) {
        if (Character.isLetter(w.charAt(k))) {
          letters++;
        }
      }
      if (letters < 4 || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      long4++;
      if (Character.isUpperCase(w.charAt(0))) {
        capital++;
      }
    }
    return long4 >= 3 && capital * 5 >= long4 * 4;
  }

  /**
   * CoreNLP's tagger and parser read a title-case headline as a row of proper nouns. Its true-casing model (in the
   * models jar already on the classpath) restores the case of such sentences before they are tagged: their tokens
   * keep their offsets and take the true-cased word ("IRAN" reads "Iran"). The model is loaded on the first headline
   * (about 5 s and 0.7 GB of heap) and never for texts without one.
   */
  private static List<CoreMap> headlines(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> headlines = new ArrayList<>();
    if (sentences == null) {
      return headlines;
    }
    for (CoreMap s : sentences) {
      List<String> words = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(l.originalText() != null ? l.originalText() : l.word());
      }
      if (isHeadline(words)) {
        headlines.add(s);
      }
    }
    return headlines;
  }

  /**
   * In a title-case headline a word written all in capitals is an acronym ("US", "UN", "EU", "NATO"): the true-caser
   * would read "US" as the pronoun "us", so such words keep their letters. (In a headline written all in capitals
   * nothing tells an acronym apart, and the true-caser decides.)
   */
  private static void keepAcronyms(CoreMap headline) {
    List<CoreLabel> tokens = headline.get(CoreAnnotations.TokensAnnotation.class);
    int words = 0;
    int capitals = 0;
    for (CoreLabel l : tokens) {
      String w = l.originalText();
      if (w != null && w.chars().anyMatch(Character::isLetter)) {
        words++;
        if (allCapitals(w)) {
          capitals++;
        }
      }
    }
    if (capitals * 2 > words) {
      return; // written in capitals
    }
    for (CoreLabel l : tokens) {
      String w = l.originalText();
      if (w != null && allCapitals(w)) {
        l.setWord(w);
        l.setValue(w);
        l.set(CoreAnnotations.TrueCaseTextAnnotation.class, w);
      }
    }
  }

  private static boolean allCapitals(String w) {
    long letters = w.chars().filter(Character::isLetter).count();
    return letters >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** The true-casing pipeline, built on first use. */
  private static final class Truecaser {
    static final StanfordCoreNLP PIPELINE = build();

    private static StanfordCoreNLP build() {
      Properties p = new Properties();
      p.setProperty("annotators", "truecase");
      p.setProperty("enforceRequirements", "false");
      p.setProperty("truecase.overwriteText", "true");
      return new StanfordCoreNLP(p);
    }
  }

  /** A repair of one dependency graph of a sentence; {@code enhanced} says which of the two graphs it is. */
  @FunctionalInterface
  private interface Repair {
    DependencyGraph apply(List<Token> tokens, DependencyGraph g, boolean enhanced);
  }

  /** The parse repairs, in the order they are applied, each to the basic and then to the enhanced graph. */
  private static final List<Repair> REPAIRS = List.of(
      (t, g, e) -> hyphenatedVerbSubjects(t, g),
      (t, g, e) -> reducedRelativeAsRoot(t, g),
      (t, g, e) -> hedgedSubjectAsRoot(t, g),
      (t, g, e) -> namingPredicate(t, g),
      (t, g, e) -> gerundAfterComma(t, g),
      (t, g, e) -> gerundAfterPreposition(t, g),
      (t, g, e) -> objectWithParticiple(t, g),
      (t, g, e) -> pronounSubjectReadAsObject(t, g),
      (t, g, e) -> predicateAfterObject(t, g),
      CoreNlpAnnotator::agentOfTheNounBefore,
      (t, g, e) -> phraseOfThePredicateAdjective(t, g),
      (t, g, e) -> thatClauseOfTheVerbBefore(t, g),
      CoreNlpAnnotator::prepositionAsHead,
      CoreNlpAnnotator::withBeforePurpose,
      CoreNlpAnnotator::verbsListedByComma,
      (t, g, e) -> reportedClauseReadAsSubject(t, g),
      CoreNlpAnnotator::finiteConjunctOfInfinitive,
      CoreNlpAnnotator::participleAfterAndAsVerb,
      (t, g, e) -> possessedObjectReadAsPredicate(t, g),
      (t, g, e) -> namedObjectReadAsCompound(t, g));

  private static Sentence convert(int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = l.originalText() != null ? l.originalText() : l.word();
      String truecased = l.get(CoreAnnotations.TrueCaseTextAnnotation.class);
      if (truecased != null && truecased.equalsIgnoreCase(word)) {
        word = truecased; // a headline's word as the true-caser restored it: "IRAN" reads "Iran"
      }
      String ner = l.ner() == null ? "O" : l.ner();
      String lemma = l.lemma() == null ? word : l.lemma();
      tokens.add(new Token(i, word, l.beginPosition(), l.endPosition(), l.tag(), lemma, ner));
    }
    DependencyGraph basic = appositionRepairs(tokens, graph(tokens.size(),
        s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
    DependencyGraph enhanced = appositionRepairs(tokens, graph(tokens.size(),
        s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
    for (Repair r : REPAIRS) {
      basic = r.apply(tokens, basic, false);
      enhanced = r.apply(tokens, enhanced, true);
    }
    List<int[]> moved = speechActsInComplements(tokens, basic);
    basic = moveSpeechActs(tokens, basic, moved, false);
    enhanced = moveSpeechActs(tokens, enhanced, moved, true);
    verbsTaggedAsNouns(tokens, basic);
    int start = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
        : tokens.get(0).start();
    int end = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
        : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, basic, enhanced);
  }

  /**
   * "If Russia attacks NATO territory": the tagger read "attacks" as a plural noun, while the parser gave it a subject
   * and a direct object, which only a verb has. Such a token is retagged as a verb (NNS → VBZ, NN → VBP), so that
   * what reads the sentence sees the parser's clause. A noun with a determiner, a preposition or a copula is left
   * alone ("Russia is the threat").
   */
  private static void verbsTaggedAsNouns(List<Token> tokens, DependencyGraph basic) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("NNS") && !t.pos().equals("NN")) {
        continue;
      }
      boolean subject = false;
      boolean object = false;
      boolean nominal = false;
      for (Dependency d : basic.children(i)) {
        switch (d.relation()) {
          case "nsubj" -> subject = true;
          case "obj" -> object = true;
          case "det", "case", "cop", "nmod:poss" -> nominal = true;
          default -> {
          }
        }
      }
      if (subject && object && !nominal) {
        tokens.set(i, new Token(t.index(), t.word(), t.start(), t.end(), t.pos().equals("NNS") ? "VBZ" : "VBP",
            t.lemma(), t.ner()));
      }
    }
  }

  /** Lemmas of verbs that attribute a report to their subject: "..., Human Rights Watch said". */
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "claim", "allege", "state",
      "announce", "confirm", "write", "note", "warn");

  /**
   * "Egyptian security forces tortured detained activists, Human Rights Watch said": the parser may hang the reporter
   * on the last noun before it as an apposition, leaving the reporting verb after it without a subject. When an
   * apposition's phrase is followed at once by a reporting verb that has no subject of its own, the apposition is
   * that verb's subject instead. An "apposition" that opens with a participle after the comma ("met President Putin,
   * angering EU leaders") is a participle clause: it is hung on the noun as a plain dependent, so that it names no
   * one of the noun's.
   */
  static DependencyGraph appositionRepairs(List<Token> tokens, DependencyGraph g) {
    List<Dependency> edges = g.edges();
    List<Dependency> fixed = null;
    for (Dependency d : edges) {
      if (!d.relation().equals("appos") || d.governor() < 0 || d.dependent() < d.governor()) {
        continue;
      }
      int y = d.dependent();
      if (g.children(y).stream().anyMatch(c -> c.relation().equals("amod") && c.dependent() < y
          && c.dependent() > d.governor() && tokens.get(c.dependent()).pos().equals("VBG")
          && tokens.get(c.dependent() - 1).word().equals(","))) {
        // "met President Putin, angering EU leaders": a participle clause, not an apposition of the noun before it
        if (fixed == null) {
          fixed = new ArrayList<>(edges);
        }
        fixed.remove(d);
        fixed.add(new Dependency(d.governor(), y, "dep"));
        continue;
      }
      int end = lastOfPhrase(g, y, 0);
      int verb = end + 1;
      if (verb >= tokens.size() || !tokens.get(verb).pos().startsWith("VB")
          || !REPORTING.contains(tokens.get(verb).lemma()) || !g.children(verb, "nsubj").isEmpty()
          || tokens.subList(d.governor() + 1, y).stream().noneMatch(t -> t.word().equals(","))) {
        continue;
      }
      if (fixed == null) {
        fixed = new ArrayList<>(edges);
      }
      fixed.remove(d);
      fixed.add(new Dependency(verb, y, "nsubj"));
    }
    return fixed == null ? g : new DependencyGraph(tokens.size(), fixed);
  }

  /**
   * "Iran's Revolutionary Guards test-fired a missile": the parser may take the noun of a hyphenated verb ("test") for
   * the head of the subject, with the real subject as its compound. The subject is then that compound noun, which
   * takes the noun's other dependents ("Iran's"); the noun hangs on the verb.
   */
  static DependencyGraph hyphenatedVerbSubjects(List<Token> tokens, DependencyGraph g) {
    List<Dependency> edges = null;
    for (int v = 2; v < tokens.size(); v++) {
      Token verb = tokens.get(v);
      int noun = v - 2;
      if (!verb.pos().startsWith("VB") || !tokens.get(v - 1).word().equals("-")
          || !verb.lemma().startsWith(tokens.get(noun).word().toLowerCase(java.util.Locale.ROOT) + "-")
          || !g.children(v, "nsubj").contains(noun)) {
        continue;
      }
      int head = -1;
      for (Dependency d : g.children(noun)) {
        if (d.relation().equals("compound") && d.dependent() < noun && d.dependent() > head) {
          head = d.dependent();
        }
      }
      if (head < 0) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : edges == null ? g.edges() : edges) {
        if (d.governor() == v && d.dependent() == noun && d.relation().startsWith("nsubj")) {
          out.add(new Dependency(v, head, d.relation()));
          out.add(new Dependency(v, noun, "compound"));
        } else if (d.governor() == noun && d.dependent() == head) {
          continue;
        } else if (d.governor() == noun && !d.relation().equals("punct")) {
          out.add(new Dependency(head, d.dependent(), d.relation()));
        } else {
          out.add(d);
        }
      }
      edges = out;
    }
    return edges == null ? g : new DependencyGraph(tokens.size(), edges);
  }

  /**
   * "The president met with opposition leaders to discuss the crisis": the parser may read "with opposition leaders to
   * discuss ..." as one clause marked by "with" (as in "with prices to rise"), whose subject is the leaders. When such
   * a clause also has "to", hangs on a verb and follows it, the "with" phrase is the verb's (obl:with) and the clause
   * its purpose. So it is after a verb whose "with" phrase names a partner or an opponent when the clause is a
   * participle ("Police clashed with students demanding reform"): the students are whom the police clashed with, and
   * the participle describes them ({@code acl}).
   */
  static DependencyGraph withBeforePurpose(List<Token> tokens, DependencyGraph g, boolean enhanced) {
    List<Dependency> edges = null;
    for (Dependency a : g.edges()) {
      int verb = a.governor();
      int clause = a.dependent();
      if (verb < 0 || clause < verb || !a.relation().startsWith("advcl") || !tokens.get(verb).pos().startsWith("VB")) {
        continue;
      }
      int with = -1;
      boolean to = false;
      for (Dependency m : g.children(clause)) {
        String w = tokens.get(m.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        with = m.relation().equals("mark") && w.equals("with") ? m.dependent() : with;
        to |= m.relation().equals("mark") && w.equals("to");
      }
      List<Integer> subjects = g.children(clause, "nsubj");
      boolean partner = !to && tokens.get(clause).pos().equals("VBG")
          && WITH_PARTNER.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT));
      if (with < 0 || !to && !partner || subjects.size() != 1 || subjects.get(0) < with) {
        continue;
      }
      int subject = subjects.get(0);
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : edges == null ? g.edges() : edges) {
        if (d.governor() == clause && d.dependent() == with) {
          out.add(new Dependency(subject, with, "case"));
        } else if (d.governor() == clause && d.dependent() == subject && d.relation().equals("nsubj")) {
          out.add(new Dependency(verb, subject, enhanced ? "obl:with" : "obl"));
        } else if (d.governor() == verb && d.dependent() == clause) {
          out.add(partner ? new Dependency(subject, clause, "acl")
              : new Dependency(verb, clause, enhanced ? "advcl:to" : "advcl"));
        } else {
          out.add(d);
        }
      }
      edges = out;
    }
    return edges == null ? g : new DependencyGraph(tokens.size(), edges);
  }

  /** Verbs whose "with" phrase names a partner or an opponent: "clashed with", "met with", "sided with". */
  private static final Set<String> WITH_PARTNER = Set.of("clash", "fight", "battle", "skirmish", "meet", "talk",
      "negotiate", "cooperate", "side", "engage", "consult", "confer", "speak", "agree", "sign", "trade", "exchange",
      "spar", "scuffle", "wrestle", "collide", "tussle");

  /** Participles that hedge who a subject is: "men believed to be members of ...". */
  private static final Set<String> HEDGING = Set.of("believe", "think", "suspect", "say", "report", "allege",
      "understand", "know", "presume", "thought");

  /**
   * "Armed men believed to be members of a separatist group attacked a bus, killing 23": the parser may make the
   * hedging participle (or the past tense the tagger took it for) the root, with what the subject is said to be as
   * its complement, and hang the true verb (past tense, with no subject) and everything after it on that complement
   * or on the participle. Rebuilt: the verb is the root with the noun as its subject, the participle modifies the
   * noun ({@code acl}), and what followed the verb hangs on the verb (a participle there as an adverbial clause).
   */
  static DependencyGraph hedgedSubjectAsRoot(List<Token> tokens, DependencyGraph g) {
    for (Dependency r : g.edges()) {
      int part = r.dependent();
      if (r.governor() != Dependency.ROOT || !tokens.get(part).pos().matches("VB[DN]")
          || !HEDGING.contains(tokens.get(part).lemma().toLowerCase(java.util.Locale.ROOT))
          || g.children(part, "nsubj").size() != 1 || !g.children(part, "aux").isEmpty()
          || !g.children(part, "aux:pass").isEmpty() || g.children(part, "xcomp").size() != 1) {
        continue;
      }
      int noun = g.children(part, "nsubj").get(0);
      int complement = g.children(part, "xcomp").get(0);
      List<Dependency> loose = new ArrayList<>();
      for (Dependency a : g.children(complement)) {
        if (a.relation().startsWith("acl") || a.relation().equals("dep")) {
          loose.add(a);
        }
      }
      loose.addAll(g.children(part).stream().filter(a -> a.relation().equals("dep")).toList());
      for (Dependency a : loose) {
        int verb = a.dependent();
        String pos = tokens.get(verb).pos();
        if (verb < complement || !g.children(verb, "nsubj").isEmpty()
            || !(pos.equals("VBD") || pos.equals("VBN") && !g.children(verb, "obj").isEmpty())) {
          continue; // (a past participle with an object is the tagger's misreading of a past tense: "attacked a bus")
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : g.edges()) {
          if (d.governor() == Dependency.ROOT && d.dependent() == part) {
            out.add(new Dependency(Dependency.ROOT, verb, "root"));
          } else if (d.governor() == part && d.dependent() == noun) {
            out.add(new Dependency(verb, noun, "nsubj"));
            out.add(new Dependency(noun, part, "acl"));
          } else if (d == a) {
            continue;
          } else if ((d.governor() == complement || d.governor() == part) && d.dependent() > verb) {
            out.add(new Dependency(verb, d.dependent(), d.relation().startsWith("acl") ? "advcl"
                : d.relation()));
          } else {
            out.add(d);
          }
        }
        return new DependencyGraph(tokens.size(), out);
      }
    }
    return g;
  }

  /**
   * "Somali forces backed by US air strikes retook the town": the parser may make the participle of a reduced
   * relative clause the root, with the subject's noun as its subject and the true verb left loose ({@code dep}). A
   * root past participle with a "by" phrase and a loose finite verb after it that has no subject of its own is
   * rebuilt: the finite verb is the root and takes the noun as its subject, the participle modifies the noun
   * ({@code acl}).
   */
  static DependencyGraph reducedRelativeAsRoot(List<Token> tokens, DependencyGraph g) {
    for (Dependency r : g.edges()) {
      if (r.governor() != Dependency.ROOT) {
        continue;
      }
      int part = r.dependent();
      int noun = participleSubject(tokens, g, part);
      if (noun < 0) {
        continue;
      }
      for (int verb : g.children(part, "dep")) {
        String pos = tokens.get(verb).pos();
        if (verb < part || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
            || !g.children(verb, "nsubj").isEmpty()) {
          continue;
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : g.edges()) {
          if (d.governor() == Dependency.ROOT && d.dependent() == part) {
            out.add(new Dependency(Dependency.ROOT, verb, "root"));
          } else if (d.governor() == part && d.dependent() == noun) {
            out.add(new Dependency(verb, noun, d.relation()));
            out.add(new Dependency(noun, part, "acl"));
          } else if (d.governor() == part && d.dependent() == verb) {
            continue;
          } else if (d.governor() == part && d.relation().equals("punct") && d.dependent() > verb) {
            out.add(new Dependency(verb, d.dependent(), "punct"));
          } else {
            out.add(d);
          }
        }
        return new DependencyGraph(tokens.size(), out);
      }
    }
    for (Dependency c : g.edges()) {
      // or it made a participle after the object the verb of a clause hung on the first verb, with that object as
      // its subject: "released five soldiers captured near the border" read as "released [dep soldiers captured]"
      int part = c.dependent();
      int verb = c.governor();
      if (!c.relation().equals("dep") || verb < 0 || part < verb || !tokens.get(part).pos().equals("VBN")
          || !tokens.get(verb).pos().startsWith("VB") || !g.children(verb, "obj").isEmpty()
          || !g.children(part, "obj").isEmpty() || !g.children(part, "aux").isEmpty()
          || !g.children(part, "aux:pass").isEmpty() || g.children(part, "nsubj").size() != 1) {
        continue;
      }
      int noun = g.children(part, "nsubj").get(0);
      if (noun < verb || noun > part) {
        continue;
      }
      return participleOfNoun(tokens, g, c, verb, noun, part, "obj");
    }
    for (Dependency c : g.edges()) {
      // or it made the participle the clausal subject of the true verb: "Protesters backed by unions marched"
      int part = c.dependent();
      int verb = c.governor();
      if (!c.relation().equals("csubj") || verb < part || !tokens.get(verb).pos().matches("VB[DZP]")) {
        continue;
      }
      int noun = participleSubject(tokens, g, part);
      if (noun < 0) {
        continue;
      }
      return participleOfNoun(tokens, g, c, verb, noun, part, "nsubj");
    }
    return g;
  }

  /**
   * "postponed the election, sparking protests": the parser may read the gerund after the comma as an adjective of a
   * second object of the verb; it is a participle clause of the verb ({@code advcl}) with that noun as its object.
   * So it is when the noun right after it is a name the parser hung loosely on the clause ("Rwanda denied the
   * charge, accusing Congo of collaborating with a militia", {@code amod(Congo, accusing)}): the participle takes the
   * name's place in the clause, and the prepositional phrases after the name become the participle's ({@code obl}).
   */
  static DependencyGraph gerundAfterComma(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int noun = d.governor();
      int gerund = d.dependent();
      if (!d.relation().equals("amod") || gerund < 1 || noun <= gerund || !tokens.get(gerund).pos().equals("VBG")
          || !tokens.get(gerund - 1).word().equals(",")) {
        continue;
      }
      for (Dependency up : g.parents(noun)) {
        if (up.relation().equals("obj") && up.governor() >= 0 && up.governor() < gerund - 1
            && tokens.get(up.governor()).pos().startsWith("VB")) {
          return rewritten(tokens, g, e -> e == up ? new Dependency(up.governor(), gerund, "advcl")
              : e == d ? new Dependency(gerund, noun, "obj") : e);
        }
      }
      if (noun == gerund + 1 && tokens.get(noun).pos().startsWith("NNP")) {
        return rewritten(tokens, g, e -> e == d ? new Dependency(gerund, noun, "obj")
            : e.dependent() == noun ? new Dependency(e.governor(), gerund, e.governor() < 0 ? e.relation() : "dep")
            : e.governor() == noun && e.dependent() > noun && e.isA("nmod")
            ? new Dependency(gerund, e.dependent(), e.specific().isEmpty() ? "obl" : "obl:" + e.specific()) : e);
      }
    }
    return g;
  }

  /** Prepositions that take a gerund with its object: "warned against sending troops", "barred from buying arms". */
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("against", "from", "of", "for", "about", "without",
      "by");

  /**
   * Present participles English uses as plain adjectives before a noun ("against rising prices", "from neighbouring
   * countries", "fired on protesting students"): after a preposition they modify the noun and are no gerund.
   */
  private static final Set<String> ADJECTIVAL_PARTICIPLES = Set.of("rising", "growing", "mounting", "increasing",
      "escalating", "worsening", "deepening", "widening", "intensifying", "spiralling", "spiraling", "soaring",
      "surging", "falling", "declining", "dwindling", "shrinking", "emerging", "developing", "existing", "remaining",
      "ongoing", "continuing", "lingering", "looming", "pending", "prevailing", "upcoming", "incoming", "outgoing",
      "ruling", "governing", "opposing", "competing", "conflicting", "warring", "neighbouring", "neighboring",
      "surrounding", "leading", "following", "underlying", "booming", "unfolding", "evolving", "changing",
      "striking", "protesting", "demonstrating", "retreating", "advancing", "invading", "occupying", "attacking",
      "fleeing", "departing", "returning", "visiting", "waiting", "working", "ailing", "aging", "ageing", "trading",
      "sitting", "serving", "standing", "operating", "missing", "living", "dying", "starving", "fighting", "voting",
      "paying", "exporting", "importing", "producing", "sweeping", "lasting", "binding", "damaging",
      "devastating", "alarming", "disturbing", "worrying", "troubling", "promising", "encouraging", "outstanding",
      "corresponding", "resulting", "overwhelming", "crushing");

  /**
   * "The Kremlin warned NATO against deploying troops": the parser may read a gerund right after a preposition as
   * an adjective of the noun after it ({@code amod(troops, deploying)}, {@code obl:against(warned, troops)}). Unless
   * the participle is one English uses as an adjective ("against rising prices"), it is the head of the phrase: a
   * clause of the verb ({@code advcl}, of a noun {@code acl}) marked by the preposition, with the noun as its object;
   * the verb's phrases written after that noun are the gerund's ("deploying troops to Ukraine").
   */
  static DependencyGraph gerundAfterPreposition(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int noun = d.governor();
      int gerund = d.dependent();
      if (!d.relation().equals("amod") || gerund < 1 || noun <= gerund || !tokens.get(gerund).pos().equals("VBG")
          || ADJECTIVAL_PARTICIPLES.contains(tokens.get(gerund).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int prep = gerund - 1;
      String word = tokens.get(prep).word().toLowerCase(java.util.Locale.ROOT);
      if (!GERUND_PREPOSITIONS.contains(word) || !g.children(noun, "case").contains(prep)) {
        continue;
      }
      List<Dependency> up = g.parents(noun).stream().filter(p -> p.governor() >= 0
          && (p.isA("obl") || p.isA("nmod"))).toList();
      if (up.size() != 1) {
        continue;
      }
      Dependency holder = up.get(0);
      int head = holder.governor();
      String clause = (holder.isA("obl") ? "advcl" : "acl")
          + (holder.specific().isEmpty() ? "" : ":" + holder.specific());
      return rewritten(tokens, g, e -> e == holder ? new Dependency(head, gerund, clause)
          : e == d ? new Dependency(gerund, noun, "obj")
          : e.governor() == noun && e.dependent() == prep ? new Dependency(gerund, prep, "mark")
          : e.governor() == head && e.dependent() > noun && e.isA("obl") ? new Dependency(gerund, e.dependent(),
          e.relation()) : e);
    }
    return g;
  }

  /**
   * "The party said the vote was rigged and demanded that the prime minister resign": the parser may hang the
   * "that" clause on an earlier verb ("rigged"), leaving the verb written right before "that" without the clause it
   * introduces. When the word before "that" is a verb with no object and no clause of its own, coming after the
   * clause's governor, the clause (and its conjuncts) is that verb's complement.
   */
  static DependencyGraph thatClauseOfTheVerbBefore(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int governor = d.governor();
      int clause = d.dependent();
      if (!d.relation().equals("ccomp") || governor < 0 || clause <= governor) {
        continue;
      }
      for (int mark : g.children(clause, "mark")) {
        int verb = mark - 1;
        if (!tokens.get(mark).word().equalsIgnoreCase("that") || verb <= governor
            || !tokens.get(verb).pos().startsWith("VB") || !g.children(verb, "obj").isEmpty()
            || !g.children(verb, "ccomp").isEmpty() || !g.children(verb, "xcomp").isEmpty()
            || g.parents(verb).stream().noneMatch(p -> p.relation().startsWith("conj"))) {
          continue;
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency e : g.edges()) {
          boolean moved = e.governor() == governor && e.relation().equals("ccomp") && e.dependent() > mark;
          out.add(moved ? new Dependency(verb, e.dependent(), "ccomp") : e);
        }
        return new DependencyGraph(tokens.size(), out);
      }
    }
    return g;
  }

  /**
   * "Police arrested dozens of farmers blocking a highway": the parser may read the object and the participle after
   * it as a clause of their own ({@code dep} of the verb, with the object as the participle's subject), leaving the
   * verb without an object. When the verb has a subject but no object or clause, and only the noun phrase stands
   * between it and the participle, the noun is the verb's object and the participle modifies it ({@code acl}), as
   * {@link #reducedRelativeAsRoot} does for a past participle after the object.
   */
  static DependencyGraph objectWithParticiple(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int verb = d.governor();
      int participle = d.dependent();
      if (!d.relation().equals("dep") || verb < 0 || participle <= verb
          || !tokens.get(participle).pos().equals("VBG") || !tokens.get(verb).pos().startsWith("VB")
          || g.children(verb, "nsubj").isEmpty() || !g.children(verb, "obj").isEmpty()
          || !g.children(verb, "ccomp").isEmpty() || !g.children(verb, "xcomp").isEmpty()
          || g.children(participle, "nsubj").size() != 1 || !g.children(participle, "aux").isEmpty()) {
        continue;
      }
      int noun = g.children(participle, "nsubj").get(0);
      if (noun <= verb || !tokens.get(noun).pos().startsWith("NN")) {
        continue;
      }
      boolean plain = true;
      for (int i = verb + 1; i < participle; i++) {
        String tag = tokens.get(i).pos();
        plain &= !tag.startsWith("VB") && !tag.equals("MD") && !tag.equals(",") && !tag.equals("IN")
            || tokens.get(i).word().equalsIgnoreCase("of");
      }
      if (plain) {
        return participleOfNoun(tokens, g, d, verb, noun, participle, "obj");
      }
    }
    return g;
  }

  /**
   * "North Korea warned it would use nuclear weapons": the parser may read the pronoun after the verb of saying as
   * its object and the saying as the clausal subject of what follows ({@code csubj(use, warned)}, {@code obj(warned,
   * it)}). A pronoun right after the verb, followed by a verb with a modal and no subject of its own, is that verb's
   * subject, and the clause is what the first verb says ({@code ccomp(warned, use)}, {@code nsubj(use, it)}).
   */
  static DependencyGraph pronounSubjectReadAsObject(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int verb = d.governor();
      int sayer = d.dependent();
      if (!d.relation().equals("csubj") || verb < 0 || sayer > verb || !g.children(verb, "nsubj").isEmpty()
          || g.children(verb, "aux").stream().noneMatch(a -> tokens.get(a).pos().equals("MD"))
          && g.children(verb, "cop").stream().noneMatch(c -> FINITE_TAGS.contains(tokens.get(c).pos()))) {
        continue;
      }
      // (or, after a verb of saying and whom it was told to, the noun right before the copula: "A Hamas official
      // told Reuters the group was ready to release hostages", read with obj(told, group))
      int copula = g.children(verb, "cop").stream().mapToInt(Integer::intValue).min().orElse(-1);
      boolean telling = REPORTING.contains(tokens.get(sayer).lemma().toLowerCase(java.util.Locale.ROOT))
          && !g.children(sayer, "iobj").isEmpty();
      List<Integer> pronouns = g.children(sayer, "obj").stream()
          .filter(o -> o == sayer + 1 && tokens.get(o).pos().equals("PRP")
          || telling && o + 1 == copula && (tokens.get(o).pos().startsWith("NN") || tokens.get(o).pos().equals("PRP")))
          .toList();
      if (pronouns.size() != 1) {
        continue;
      }
      int pronoun = pronouns.get(0);
      return rewritten(tokens, g, e -> e == d ? new Dependency(sayer, verb, "ccomp")
          : e.governor() == sayer && e.dependent() == pronoun ? new Dependency(verb, pronoun, "nsubj")
          : e.dependent() == verb ? new Dependency(e.governor(), sayer, e.relation()) // (the root, or its holder)
          : e.governor() == verb && e.relation().equals("punct") && e.dependent() == tokens.size() - 1
          ? new Dependency(sayer, e.dependent(), "punct") : e);
    }
    return g;
  }

  /** Tags of finite verbs and of present-tense verbs a headline writes as base forms. */
  private static final Set<String> LISTED_VERB_TAGS = Set.of("VB", "VBP", "VBZ", "VBD");

  /**
   * "Guinea-Bissau soldiers seize power, detain president": the parser may leave a verb listed after a comma, with
   * its object and no subject, loose ({@code dep}). It is the first verb's conjunct ({@code conj}), and in the
   * enhanced graph shares its subject, as a verb after "and" does.
   */
  static DependencyGraph verbsListedByComma(List<Token> tokens, DependencyGraph g, boolean enhanced) {
    for (Dependency d : g.edges()) {
      int first = d.governor();
      int next = d.dependent();
      if (!d.relation().equals("dep") || first < 0 || next <= first + 1
          || !LISTED_VERB_TAGS.contains(tokens.get(first).pos()) || !LISTED_VERB_TAGS.contains(tokens.get(next).pos())
          || !tokens.get(next - 1).word().equals(",") || g.children(next, "obj").isEmpty()
          || !g.children(next, "nsubj").isEmpty() || g.children(first, "nsubj").size() != 1) {
        continue;
      }
      int subject = g.children(first, "nsubj").get(0);
      List<Dependency> out = new ArrayList<>();
      for (Dependency e : g.edges()) {
        if (e == d) {
          out.add(new Dependency(first, next, "conj"));
          if (enhanced) {
            out.add(new Dependency(next, subject, "nsubj"));
          }
        } else {
          out.add(e);
        }
      }
      return new DependencyGraph(tokens.size(), out);
    }
    return g;
  }

  /** Tags of verbs that carry their tense. */
  private static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP");

  /**
   * "The EU said the law was incompatible with Georgia's bid to join the bloc and urged the government to withdraw
   * it": the parser may join a finite verb after "and" to the infinitive before it ("to join ... and urged"), which
   * no English sentence does: an infinitive's conjunct is an infinitive. The finite verb is the conjunct of the
   * nearest verb above of its own tense ("said ... and urged") and, in the enhanced graph, shares that verb's subject
   * instead of the infinitive's.
   */
  static DependencyGraph finiteConjunctOfInfinitive(List<Token> tokens, DependencyGraph g, boolean enhanced) {
    for (Dependency d : g.edges()) {
      int infinitive = d.governor();
      int verb = d.dependent();
      // (a regular past read as a participle, "and called on Sweden", is the past tense a finite verb above has)
      String tense = tokens.get(verb).pos().equals("VBN") ? "VBD" : tokens.get(verb).pos();
      if (infinitive < 0 || !d.isA("conj") || !tokens.get(infinitive).pos().equals("VB") || !TENSED.contains(tense)
          || g.children(infinitive, "mark").stream().noneMatch(m -> tokens.get(m).word().equalsIgnoreCase("to"))
          || !g.children(infinitive, "nsubj").containsAll(g.children(verb, "nsubj"))) {
        continue;
      }
      int top = infinitive;
      Dependency up = null;
      for (int depth = 0; depth < 6 && top >= 0 && (top == infinitive || !tokens.get(top).pos().equals(tense));
          depth++) {
        List<Dependency> ups = g.parents(top).stream().filter(p -> !p.isA("conj")).toList();
        if (ups.isEmpty()) {
          top = -1;
          break;
        }
        if (up == null) {
          up = ups.get(0); // the infinitive's own attachment, which the enhanced graph copied to its conjunct
        }
        top = ups.get(0).governor();
      }
      if (top < 0 || !tokens.get(top).pos().equals(tense) || g.children(top, "nsubj").isEmpty()) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency e : g.edges()) {
        if (e == d) {
          out.add(new Dependency(top, verb, d.relation()));
        } else if (!(e.dependent() == verb && e.governor() == up.governor() && e.relation().equals(up.relation())
            || e.governor() == verb && e.isA("nsubj"))) {
          out.add(e);
        }
      }
      return withSharedSubject(tokens, g, out, enhanced, top, verb);
    }
    return g;
  }

  /**
   * The graph of {@code edges}, where in the enhanced graph verb {@code conjunct} also has the subjects that verb
   * {@code first} has in {@code g} (a conjunct shares its first verb's subject).
   */
  private static DependencyGraph withSharedSubject(List<Token> tokens, DependencyGraph g, List<Dependency> edges,
      boolean enhanced, int first, int conjunct) {
    if (enhanced) {
      for (int x : g.children(first, "nsubj")) {
        edges.add(new Dependency(conjunct, x, "nsubj"));
      }
    }
    return new DependencyGraph(tokens.size(), edges);
  }

  /**
   * "Erdogan said Turkey was ready to work with Egypt": the parser may take "Erdogan said Turkey" for the subject
   * clause of "was ready" ({@code csubj(ready, said)}, {@code obj(said, Turkey)}). A verb of saying with a name as its
   * object before a predicate with a copula says what follows: it is the root, the predicate its complement
   * ({@code ccomp}) and the name the predicate's subject.
   */
  static DependencyGraph reportedClauseReadAsSubject(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int predicate = d.governor();
      int verb = d.dependent();
      if (predicate < 0 || !d.relation().equals("csubj") || verb > predicate
          || !REPORTING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))
          || g.children(predicate, "cop").isEmpty() || !g.roots().contains(predicate)) {
        continue;
      }
      List<Integer> said = g.children(verb, "obj").stream().filter(x -> x > verb && x < predicate).toList();
      if (said.size() != 1) {
        continue;
      }
      int subject = said.get(0);
      List<Dependency> out = new ArrayList<>();
      for (Dependency e : g.edges()) {
        if (e == d) {
          out.add(new Dependency(verb, predicate, "ccomp"));
        } else if (e.governor() == Dependency.ROOT && e.dependent() == predicate) {
          out.add(new Dependency(Dependency.ROOT, verb, "root"));
        } else if (e.governor() == verb && e.dependent() == subject) {
          out.add(new Dependency(predicate, subject, "nsubj"));
        } else if (!(e.governor() == predicate && e.relation().equals("punct") && e.dependent() == tokens.size() - 1)) {
          out.add(e);
        } else {
          out.add(new Dependency(verb, e.dependent(), "punct"));
        }
      }
      return new DependencyGraph(tokens.size(), out);
    }
    return g;
  }

  /** Participles that are mostly adjectives before a noun, which "and" does not make verbs. */
  private static final Set<String> ADJECTIVAL_PAST = Set.of("elected", "armed", "allied", "united", "disputed",
      "occupied", "alleged", "suspected", "detained", "wanted", "displaced", "injured", "wounded", "affected",
      "related", "unidentified", "organised", "organized", "limited", "advanced", "sophisticated", "coordinated");

  /**
   * "The United States has accused the RSF of committing genocide and imposed sanctions on its leader": the parser
   * may read a past participle right after "and" as an adjective of the noun after it ({@code amod(sanctions,
   * imposed)}), that noun joined to a noun inside the clause before. With a finite verb above that clause (or a
   * participle with its auxiliary "has"), the participle is that verb's conjunct, the noun its object, and it shares
   * the verb's subject (in the enhanced graph). Participles that are mostly adjectives ("and elected officials",
   * "and armed men") are left alone.
   */
  static DependencyGraph participleAfterAndAsVerb(List<Token> tokens, DependencyGraph g, boolean enhanced) {
    for (Dependency d : g.edges()) {
      int noun = d.governor();
      int part = d.dependent();
      if (noun < 0 || !d.relation().equals("amod") || part < 1 || part != noun - 1
          || !tokens.get(part).pos().equals("VBN") && !tokens.get(part).pos().equals("VBD")
          || !tokens.get(part - 1).word().equalsIgnoreCase("and")
          || ADJECTIVAL_PAST.contains(tokens.get(part).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      List<Integer> joined = g.parents(noun, "conj");
      if (joined.isEmpty()) {
        continue;
      }
      int top = joined.get(0);
      for (int depth = 0; depth < 6 && top >= 0 && !finiteOrPerfect(tokens, g, top); depth++) {
        List<Dependency> ups = g.parents(top).stream().filter(p -> !p.isA("conj")).toList();
        top = ups.isEmpty() ? -1 : ups.get(0).governor();
      }
      if (top < 0 || top >= part || g.children(top, "nsubj").isEmpty()) {
        continue;
      }
      int verb = top;
      List<Dependency> out = new ArrayList<>();
      for (Dependency e : g.edges()) {
        if (e == d || e.dependent() == noun) {
          continue; // (the noun's attachments, as the conjunct of a noun, are dropped: it is the object now)
        }
        out.add(e.governor() == noun && e.dependent() == part - 1 ? new Dependency(part, part - 1, e.relation()) : e);
      }
      out.add(new Dependency(verb, part, enhanced ? "conj:and" : "conj"));
      out.add(new Dependency(part, noun, "obj"));
      return withSharedSubject(tokens, g, out, enhanced, verb, part);
    }
    return g;
  }

  /**
   * "crowds stormed her official residence": the parser may read a noun after a verb as a small clause with the
   * possessive pronoun before it as its subject ({@code xcomp(stormed, residence)}, {@code nsubj(residence, her)}).
   * A possessive pronoun is no subject: the noun is the verb's object and the pronoun its possessor.
   */
  static DependencyGraph possessedObjectReadAsPredicate(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int verb = d.governor();
      int noun = d.dependent();
      if (verb < 0 || !d.relation().equals("xcomp") || !tokens.get(noun).pos().startsWith("NN")
          || !tokens.get(verb).pos().startsWith("VB")) {
        continue;
      }
      List<Integer> owners = g.children(noun, "nsubj").stream()
          .filter(x -> (tokens.get(x).pos().equals("PRP$") || tokens.get(x).word().equalsIgnoreCase("her"))
              && x < noun).toList(); // ("her" may be tagged as the object pronoun)
      if (owners.size() != 1) {
        continue;
      }
      int owner = owners.get(0);
      return rewritten(tokens, g, e -> e == d ? new Dependency(verb, noun, "obj")
          : e.governor() == noun && e.dependent() == owner && e.isA("nsubj")
          ? new Dependency(noun, owner, "nmod:poss") : e);
    }
    return g;
  }

  /** Plural nouns that do modify another noun: "rights groups", "arms deals", "talks venue". */
  private static final Set<String> PLURAL_MODIFIERS = Set.of("rights", "arms", "sales", "savings", "goods", "news",
      "affairs", "forces", "talks", "relations", "services", "communications", "operations", "customs", "sports",
      "jobs", "drugs", "weapons", "humanities", "games");

  /**
   * "Lula called the rioters fascists": after a verb of naming, the parser reads the object and what it is named as
   * one noun phrase, the plural object a compound of the name. A plural compound right before the object of such a
   * verb (no plural that modifies nouns, as "rights" in "rights groups") is made the object, and the noun after it
   * the verb's complement (xcomp), with the determiner moved to the new object. The name's own adjectives may stand
   * between ("called the sanctions economic terrorism"), and then a singular compound is the object too ("called the
   * raid outright piracy"): a noun, an adjective and a noun make no single noun phrase.
   */
  static DependencyGraph namedObjectReadAsCompound(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int verb = d.governor();
      int name = d.dependent();
      if (verb < 0 || !d.relation().equals("obj") || !NAMING.contains(tokens.get(verb).lemma().toLowerCase(
          java.util.Locale.ROOT)) || !tokens.get(name).pos().startsWith("NN")) {
        continue;
      }
      int first = name - 1;
      while (first > verb + 1 && g.children(name, "amod").contains(first)) {
        first--; // "called the sanctions economic terrorism": the name's own adjective between
      }
      int object = first;
      boolean adjective = object < name - 1;
      String pos = tokens.get(object).pos();
      if (object <= verb || !(pos.equals("NNS") || adjective && pos.equals("NN"))
          || PLURAL_MODIFIERS.contains(tokens.get(object).word().toLowerCase(java.util.Locale.ROOT))
          || !g.children(name, "compound").contains(object)) {
        continue;
      }
      return rewritten(tokens, g, e -> e == d ? new Dependency(verb, object, "obj")
          : e.governor() == name && e.dependent() == object ? new Dependency(verb, name, "xcomp")
          : e.governor() == name && e.dependent() < object && (e.isA("det") || e.isA("amod") || e.isA("nmod:poss"))
          ? new Dependency(object, e.dependent(), e.relation()) : e);
    }
    return g;
  }

  /** Whether a token is a finite verb, or a participle with the auxiliary "have" ("has accused"). */
  private static boolean finiteOrPerfect(List<Token> tokens, DependencyGraph g, int t) {
    String pos = tokens.get(t).pos();
    return TENSED.contains(pos) || pos.equals("VBN") && g.children(t, "aux").stream()
        .anyMatch(a -> tokens.get(a).lemma().equalsIgnoreCase("have"));
  }

  /** The graph with every edge replaced by what {@code edit} makes of it. */
  private static DependencyGraph rewritten(List<Token> tokens, DependencyGraph g,
      java.util.function.UnaryOperator<Dependency> edit) {
    List<Dependency> out = new ArrayList<>(g.edges().size());
    for (Dependency e : g.edges()) {
      out.add(edit.apply(e));
    }
    return new DependencyGraph(tokens.size(), out);
  }

  private static final Set<String> PLACE_OR_TIME = Set.of("", "in", "near", "at", "on", "outside", "across", "tmod",
      "npmod");

  /**
   * "The attack left 20 soldiers dead": an adjective standing alone right after a verb's object, which the parser may
   * read as the noun's modifier ({@code amod}), is the verb's secondary predicate ({@code xcomp}) with the noun as its
   * subject, as the parser gives "left 12 civilians dead" elsewhere. English puts a bare adjective (or one with a
   * phrase of place or time: "left six farmers dead in northern Syria") after its noun only so; "the men responsible
   * for the attack", with a phrase of its own, is left alone.
   */
  static DependencyGraph predicateAfterObject(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int noun = d.governor();
      int adjective = d.dependent();
      if (!d.relation().equals("amod") || noun < 0 || adjective != noun + 1
          || !tokens.get(adjective).pos().equals("JJ") || g.children(adjective).stream().anyMatch(c ->
          !(c.isA("obl") && PLACE_OR_TIME.contains(c.specific())))
          || g.parents(noun, "obj").size() != 1) {
        continue;
      }
      int verb = g.parents(noun, "obj").get(0);
      if (!tokens.get(verb).pos().startsWith("VB") || !g.children(verb, "xcomp").isEmpty()) {
        continue;
      }
      return rewritten(tokens, g, e -> e == d ? new Dependency(adjective, noun, "nsubj")
          : e.governor() == verb && e.dependent() == noun && e.relation().equals("obj")
          ? new Dependency(verb, adjective, "xcomp") : e);
    }
    return g;
  }

  /** Prepositions of time and circumstance, whose phrase tells what went before or around the act. */
  private static final Set<String> CIRCUMSTANCE = Set.of("after", "following", "during", "amid", "amidst", "before",
      "since", "despite");

  /**
   * "The hostages were freed following mediation by Oman": the parser takes a "by" phrase right after the noun of a
   * phrase of time or circumstance for the passive verb's agent, but it is that noun's ("mediation by Oman"): who
   * freed them is not said. The edge is moved to the noun ({@code nmod}; {@code nmod:by} in the enhanced graph).
   */
  static DependencyGraph agentOfTheNounBefore(List<Token> tokens, DependencyGraph g, boolean enhanced) {
    for (Dependency d : g.edges()) {
      int verb = d.governor();
      int agent = d.dependent();
      if (verb < 0 || !d.relation().equals("obl:agent") && !d.relation().equals("obl:by")
          && !d.relation().equals("obl")) {
        continue;
      }
      int by = g.children(agent, "case").stream().filter(c -> tokens.get(c).word().equalsIgnoreCase("by"))
          .findFirst().orElse(-1);
      int noun = by - 1;
      if (noun <= verb || !tokens.get(noun).pos().startsWith("NN") || tokens.get(noun).pos().startsWith("NNP")
          || g.parents(noun).stream().noneMatch(p -> p.governor() == verb && p.isA("obl"))
          || g.children(noun, "case").stream().noneMatch(c -> CIRCUMSTANCE.contains(tokens.get(c).word()
          .toLowerCase(java.util.Locale.ROOT)))) {
        continue;
      }
      return rewritten(tokens, g, e -> e == d ? new Dependency(noun, agent, enhanced ? "nmod:by" : "nmod") : e);
    }
    return g;
  }

  /** Linking verbs, whose adjective (xcomp) says what their subject is: "remained open", "seemed ready". */
  private static final Set<String> LINKING = Set.of("remain", "stay", "seem", "appear", "become", "look", "prove",
      "sound", "grow");

  /**
   * "Washington remained open to dialogue": the parser may hang the phrase right after a linking verb's adjective on
   * the verb ({@code obl:to(remained, dialogue)}), though it completes the adjective ("open to dialogue"), as it does
   * after "is open". The phrase is moved to the adjective, with the same relation.
   */
  static DependencyGraph phraseOfThePredicateAdjective(List<Token> tokens, DependencyGraph g) {
    for (Dependency d : g.edges()) {
      int verb = d.governor();
      int noun = d.dependent();
      if (verb < 0 || !d.isA("obl")
          || !LINKING.contains(tokens.get(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int prep = g.children(noun, "case").stream().findFirst().orElse(-1);
      int adjective = prep - 1;
      if (adjective <= verb || !tokens.get(adjective).pos().startsWith("JJ")
          || !g.children(verb, "xcomp").contains(adjective)) {
        continue;
      }
      return rewritten(tokens, g, e -> e == d ? new Dependency(adjective, noun, e.relation()) : e);
    }
    return g;
  }

  /** Verbs that name their object as something: "called the deal a violation", "branded them terrorists". */
  private static final Set<String> NAMING = Set.of("call", "brand", "label", "term", "dub", "deem");

  /**
   * "Somalia called the agreement a violation of its sovereignty": the parser may hang the second noun phrase on the
   * object as {@code dep}, or on the verb as a measure phrase ({@code obl:npmod}); it is the verb's secondary
   * predicate ({@code xcomp}), as the parser gives it elsewhere.
   */
  static DependencyGraph namingPredicate(List<Token> tokens, DependencyGraph g) {
    List<Dependency> out = new ArrayList<>();
    boolean changed = false;
    for (Dependency d : g.edges()) {
      int o = d.governor();
      int n = d.dependent();
      if (d.relation().equals("dep") && o >= 0 && n > o && tokens.get(n).pos().startsWith("NN")
          && g.parents(o).stream().anyMatch(p -> p.relation().equals("obj") && p.governor() >= 0
          && NAMING.contains(tokens.get(p.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))) {
        int verb = g.parents(o, "obj").get(0);
        out.add(new Dependency(verb, n, "xcomp"));
        changed = true;
      } else if (d.relation().equals("obl:npmod") && o >= 0 && tokens.get(n).pos().startsWith("NN")
          && NAMING.contains(tokens.get(o).lemma().toLowerCase(java.util.Locale.ROOT))
          && g.children(o, "obj").stream().anyMatch(x -> x < n)) {
        out.add(new Dependency(o, n, "xcomp")); // ("called the deal a violation", read as a measure phrase)
        changed = true;
      } else {
        out.add(d);
      }
    }
    return changed ? new DependencyGraph(tokens.size(), out) : g;
  }

  /**
   * The graph with edge {@code c} replaced by {@code relation(verb, noun)} and the participle {@code part} hung on
   * {@code noun} as its {@code acl} instead of having it as subject.
   */
  private static DependencyGraph participleOfNoun(List<Token> tokens, DependencyGraph g, Dependency c, int verb,
      int noun, int part, String relation) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : g.edges()) {
      if (d == c) {
        out.add(new Dependency(verb, noun, relation));
      } else if (d.governor() == part && d.dependent() == noun) {
        out.add(new Dependency(noun, part, "acl"));
      } else {
        out.add(d);
      }
    }
    return new DependencyGraph(tokens.size(), out);
  }

  /** Participles that say what someone carries: "armed with rifles", "equipped with drones". */
  private static final Set<String> EQUIPPED = Set.of("arm", "equip");

  /**
   * The subject the parser gave a past participle with a "by" phrase ("forces backed by Kenya"), or with the "with"
   * phrase of what one carries ("gunmen armed with rifles"), when it has one subject written before it; -1 otherwise.
   */
  private static int participleSubject(List<Token> tokens, DependencyGraph g, int part) {
    List<Integer> subjects = g.children(part, "nsubj");
    String prep = EQUIPPED.contains(tokens.get(part).lemma()) ? "with" : "by";
    boolean byPhrase = g.children(part).stream().anyMatch(d -> d.isA("obl") && g.children(d.dependent(), "case")
        .stream().anyMatch(c -> tokens.get(c).word().equalsIgnoreCase(prep)));
    // (a past tense with "by" right after it, or after its particle, is the participle mistagged: "a car bomb
    // carried out by al-Shabaab killed ten people")
    int after = part + 1 < tokens.size() && tokens.get(part + 1).pos().equals("RP") ? part + 2 : part + 1;
    boolean participle = tokens.get(part).pos().equals("VBN") || tokens.get(part).pos().equals("VBD")
        && after < tokens.size() && tokens.get(after).word().equalsIgnoreCase("by");
    return participle && subjects.size() == 1 && subjects.get(0) < part && byPhrase ? subjects.get(0) : -1;
  }

  /**
   * "provided Taiwan with $300 million in military aid": the parser may make the preposition the head of its phrase
   * ({@code obl(provided, with)} or {@code dep(provided, with)}, and {@code dep(with, $)}). The phrase is rebuilt as
   * usual: the noun attached to the verb or noun by {@code obl}/{@code nmod} (with the preposition, enhanced), the
   * preposition its {@code case}.
   */
  static DependencyGraph prepositionAsHead(List<Token> tokens, DependencyGraph g, boolean enhanced) {
    List<Dependency> edges = null;
    for (Dependency a : g.edges()) {
      int prep = a.dependent();
      String rel = a.relation();
      if (a.governor() < 0 || !(rel.equals("obl") || rel.equals("nmod") || rel.equals("dep"))
          || !tokens.get(prep).pos().equals("IN")
          || g.children(prep).size() != 1 || g.children(prep, "dep").isEmpty()) {
        continue;
      }
      int noun = g.children(prep, "dep").get(0);
      String pos = tokens.get(noun).pos();
      if (noun < prep || !(pos.startsWith("NN") || pos.equals("$") || pos.equals("CD"))) {
        continue;
      }
      String plain = !rel.equals("dep") ? rel : tokens.get(a.governor()).pos().startsWith("VB") ? "obl" : "nmod";
      String named = enhanced ? plain + ":" + tokens.get(prep).word().toLowerCase(java.util.Locale.ROOT) : plain;
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : edges == null ? g.edges() : edges) {
        if (d.governor() == a.governor() && d.dependent() == prep && d.relation().equals(rel)) {
          out.add(new Dependency(a.governor(), noun, named));
        } else if (d.governor() == prep && d.dependent() == noun) {
          out.add(new Dependency(noun, prep, "case"));
        } else {
          out.add(d);
        }
      }
      edges = out;
    }
    return edges == null ? g : new DependencyGraph(tokens.size(), edges);
  }

  /** Verbs of saying whose complement the parser may wrongly extend with the speaker's next act. */
  private static final Set<String> SPEECH_MATRIX = Set.of("say", "deny", "reject", "claim", "insist", "tell", "add",
      "state", "announce", "confirm", "dismiss", "argue", "maintain", "acknowledge", "admit", "warn", "stress");

  /** Verbs of speech acts a speaker goes on to do ("... and accused X of ...", "... and urged Y to ..."). */
  private static final Set<String> SPEECH_ACTS = Set.of("accuse", "urge", "call", "warn", "vow", "criticize",
      "criticise", "condemn", "blame", "demand", "say", "deny", "reject", "threaten", "appeal", "pledge", "promise",
      "praise", "thank", "welcome", "denounce", "ask", "insist", "add", "announce", "reiterate");

  /**
   * "Vucic denied that his country planned any military action and accused Kosovo's government of provoking the
   * crisis": the parser coordinated the speech act after "and" with the complement's verb, so that "his country"
   * became its subject. A finite verb of a speech act with no subject of its own, coordinated with the verb of a
   * complement of a verb of saying, is the speaker's next act: {verb of saying, complement verb, speech act} triples
   * to re-hang, found on the basic graph.
   */
  private static List<int[]> speechActsInComplements(List<Token> tokens, DependencyGraph basic) {
    List<int[]> r = new ArrayList<>();
    for (Dependency c : basic.edges()) {
      if (!c.relation().equals("ccomp") || c.governor() < 0 || !SPEECH_MATRIX.contains(tokens.get(c.governor())
          .lemma())) {
        continue;
      }
      for (Dependency v : basic.children(c.dependent())) {
        Token t = tokens.get(v.dependent());
        if (v.relation().equals("conj") && SPEECH_ACTS.contains(t.lemma())
            && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBN"))
            && basic.children(v.dependent(), "nsubj").isEmpty()
            && basic.children(v.dependent(), "aux").isEmpty()) {
          r.add(new int[] {c.governor(), c.dependent(), v.dependent()});
        }
      }
    }
    for (Dependency c : basic.edges()) {
      // "ECOWAS urged both countries to show restraint and offered to send a team": a finite verb coordinated with
      // an infinitive complement cannot belong to it; it is the subject's next act
      if (!c.relation().equals("xcomp") || c.governor() < 0 || !tokens.get(c.dependent()).pos().equals("VB")
          || basic.children(c.dependent(), "mark").stream().noneMatch(m -> tokens.get(m).word().equals("to"))) {
        continue;
      }
      for (Dependency v : basic.children(c.dependent())) {
        Token t = tokens.get(v.dependent());
        if (v.relation().equals("conj") && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBN"))
            && basic.children(v.dependent(), "nsubj").isEmpty()
            && basic.children(v.dependent(), "aux").isEmpty()
            && basic.children(v.dependent(), "mark").isEmpty()) {
          r.add(new int[] {c.governor(), c.dependent(), v.dependent()});
        }
      }
    }
    return r;
  }

  /**
   * Re-hangs each speech act of {@link #speechActsInComplements} on the verb of saying: its coordination moves there,
   * the subject the enhanced graph gave it from the complement becomes the speaker's, and the complement relation it
   * inherited is dropped.
   */
  private static DependencyGraph moveSpeechActs(List<Token> tokens, DependencyGraph g, List<int[]> moved,
      boolean enhanced) {
    if (moved.isEmpty()) {
      return g;
    }
    List<Dependency> edges = new ArrayList<>(g.edges());
    for (int[] m : moved) {
      int say = m[0];
      int complement = m[1];
      int act = m[2];
      List<Integer> speakers = g.children(say, "nsubj");
      List<Integer> inner = g.children(complement).stream().filter(d -> d.relation().startsWith("nsubj"))
          .map(Dependency::dependent).toList();
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : edges) {
        if (d.governor() == complement && d.dependent() == act && d.relation().startsWith("conj")) {
          out.add(new Dependency(say, act, d.relation()));
        } else if (d.governor() == say && d.dependent() == act && (d.relation().equals("ccomp")
            || d.relation().equals("xcomp"))) {
          continue; // ("denied ... accused": not what was denied; "urged ... offered": not what was urged)
        } else if (d.governor() == act && d.relation().startsWith("nsubj") && inner.contains(d.dependent())) {
          continue;
        } else {
          out.add(d);
        }
      }
      if (out.stream().anyMatch(d -> d.governor() == say && d.dependent() == act)
          && out.stream().noneMatch(d -> d.governor() == act && d.relation().startsWith("nsubj"))
          && enhanced) {
        for (int speaker : speakers) {
          out.add(new Dependency(act, speaker, "nsubj")); // enhanced: the speaker is the subject of both
        }
      }
      edges = out;
    }
    return new DependencyGraph(tokens.size(), edges);
  }

  /** The last token of the phrase headed by {@code head}. */
  private static int lastOfPhrase(DependencyGraph g, int head, int depth) {
    int last = head;
    if (depth > 20) {
      return last;
    }
    for (Dependency c : g.children(head)) {
      if (c.dependent() > last && !c.relation().equals("punct") && !c.relation().startsWith("conj")
          && !c.relation().equals("cc")) {
        last = Math.max(last, lastOfPhrase(g, c.dependent(), depth + 1));
      }
    }
    return last;
  }

  private static DependencyGraph graph(int size, SemanticGraph g) {
    List<Dependency> edges = new ArrayList<>();
    if (g != null) {
      for (IndexedWord root : g.getRoots()) {
        edges.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        // Enhanced++ graphs may hold copy nodes for elided predicates; they share the index of their original.
        edges.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
            e.getRelation().toString()));
      }
    }
    return new DependencyGraph(size, edges);
  }

  @Override
  public String describe() {
    return "Stanford CoreNLP " + CORENLP_VERSION + " (tokenize,ssplit,pos,lemma,ner,depparse; fine-grained NER "
        + (config.fineGrainedNer() ? "on" : "off") + "; headlines true-cased " + (config.truecaseHeadlines() ? "on"
        : "off") + ")";
  }
}
