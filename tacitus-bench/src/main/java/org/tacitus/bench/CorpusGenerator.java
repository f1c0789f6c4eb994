package org.tacitus.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.tacitus.core.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Short wire-style articles made from templates, for benchmarks: a headline, then two to seven body sentences that
 * name countries, their people, capitals and forces, and act on one another across the CAMEO families (consult,
 * cooperate, aid, appeal, demand, disapprove, reject, threaten, protest, coerce, assault), mixed with filler
 * sentences that carry no event. Every name and sentence is made up here; nothing is copied from a news source.
 *
 * <p>Deterministic: article {@code i} depends only on the seed and {@code i}, so the first 1,000 articles of a
 * 100,000-article corpus are the 1,000-article corpus of the same seed. Immutable and thread safe.
 *
 * <p>As a command: {@code CorpusGenerator --articles 1000 --seed 42 --out corpus.jsonl} writes JSON Lines
 * ({@code {"id","text","date"}}), the format {@code tacitus code} reads.
 */
public final class CorpusGenerator {

  /** A country as the templates use it. The ISO code is what a correct coder should resolve it to. */
  record Country(String name, String demonym, String capital, String iso3) {
  }

  static final List<Country> COUNTRIES = List.of(
      new Country("Russia", "Russian", "Moscow", "RUS"),
      new Country("Pakistan", "Pakistani", "Islamabad", "PAK"),
      new Country("China", "Chinese", "Beijing", "CHN"),
      new Country("India", "Indian", "New Delhi", "IND"),
      new Country("France", "French", "Paris", "FRA"),
      new Country("Germany", "German", "Berlin", "DEU"),
      new Country("Japan", "Japanese", "Tokyo", "JPN"),
      new Country("Brazil", "Brazilian", "Brasilia", "BRA"),
      new Country("Nigeria", "Nigerian", "Abuja", "NGA"),
      new Country("Kenya", "Kenyan", "Nairobi", "KEN"),
      new Country("Egypt", "Egyptian", "Cairo", "EGY"),
      new Country("Turkey", "Turkish", "Ankara", "TUR"),
      new Country("Iran", "Iranian", "Tehran", "IRN"),
      new Country("Iraq", "Iraqi", "Baghdad", "IRQ"),
      new Country("Syria", "Syrian", "Damascus", "SYR"),
      new Country("Ukraine", "Ukrainian", "Kyiv", "UKR"),
      new Country("Poland", "Polish", "Warsaw", "POL"),
      new Country("Italy", "Italian", "Rome", "ITA"),
      new Country("Spain", "Spanish", "Madrid", "ESP"),
      new Country("Mexico", "Mexican", "Mexico City", "MEX"),
      new Country("Argentina", "Argentine", "Buenos Aires", "ARG"),
      new Country("Colombia", "Colombian", "Bogota", "COL"),
      new Country("Peru", "Peruvian", "Lima", "PER"),
      new Country("South Africa", "South African", "Pretoria", "ZAF"),
      new Country("Ethiopia", "Ethiopian", "Addis Ababa", "ETH"),
      new Country("Sudan", "Sudanese", "Khartoum", "SDN"),
      new Country("Saudi Arabia", "Saudi", "Riyadh", "SAU"),
      new Country("Indonesia", "Indonesian", "Jakarta", "IDN"),
      new Country("Vietnam", "Vietnamese", "Hanoi", "VNM"),
      new Country("Thailand", "Thai", "Bangkok", "THA"),
      new Country("South Korea", "South Korean", "Seoul", "KOR"),
      new Country("North Korea", "North Korean", "Pyongyang", "PRK"),
      new Country("Afghanistan", "Afghan", "Kabul", "AFG"),
      new Country("Canada", "Canadian", "Ottawa", "CAN"),
      new Country("Australia", "Australian", "Canberra", "AUS"),
      new Country("the United States", "American", "Washington", "USA"),
      new Country("Britain", "British", "London", "GBR"),
      new Country("Venezuela", "Venezuelan", "Caracas", "VEN"),
      new Country("Mali", "Malian", "Bamako", "MLI"),
      new Country("Somalia", "Somali", "Mogadishu", "SOM"),
      new Country("Kazakhstan", "Kazakh", "Astana", "KAZ"),
      new Country("Georgia", "Georgian", "Tbilisi", "GEO"));

  private static final List<String> ORGANISATIONS = List.of("the United Nations", "the European Union",
      "the African Union", "NATO", "the World Health Organization", "the Red Cross");

  private static final List<String> GIVEN = List.of("Anna", "Omar", "Li", "Carlos", "Maria", "Yusuf", "Elena",
      "David", "Amina", "Ivan", "Sofia", "Kenji", "Fatima", "Pierre", "Ahmed", "Grace", "Tomas", "Leila", "Samuel",
      "Hana");
  private static final List<String> FAMILY = List.of("Petrov", "Khan", "Silva", "Okafor", "Novak", "Haddad",
      "Tanaka", "Moreau", "Mensah", "Kowalski", "Rahman", "Lindqvist", "Costa", "Ibrahim", "Sato", "Alvarez",
      "Nguyen", "Osei", "Brandt", "Karimi");

  private static final List<String> TOPICS = List.of("energy", "trade", "counter-terrorism", "border security",
      "climate change", "migration", "nuclear energy", "agriculture", "cyber security", "public health",
      "water management", "railway construction");
  private static final List<String> ACCUSATIONS = List.of("violating the ceasefire", "supporting armed groups",
      "interfering in its elections", "spying on its officials", "human rights abuses",
      "smuggling weapons across the border", "shelling civilian areas", "blocking aid convoys");
  private static final List<String> REQUESTS = List.of("release the detained journalists", "resume peace talks",
      "withdraw its troops from the border", "respect the ceasefire", "hold free elections", "end the blockade",
      "open its border to refugees", "return to the negotiating table");
  private static final List<String> AID = List.of("military", "economic", "humanitarian", "medical", "food");
  private static final List<String> ROLES = List.of("Foreign Minister", "Defence Minister", "President",
      "Prime Minister", "Interior Minister", "Trade Minister");
  private static final List<String> FORCES = List.of("troops", "forces", "soldiers", "police", "border guards");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");
  private static final List<String> WEATHER = List.of("mild", "cold", "hot", "wet", "windy");
  private static final List<String> DIRECTIONS = List.of("north", "south", "east", "west");

  /** Headlines: present tense, no final stop. */
  static final List<String> HEADLINES = List.of(
      "{An} and {Bn} agree to boost {topic} cooperation",
      "{An} condemns {Bn} over {accusation}",
      "{Adem} foreign minister visits {Bcap}",
      "{An} threatens {Bn} with sanctions",
      "{Adem} troops attack rebels near {Bn} border",
      "{An} signs {topic} deal with {Bn}",
      "{An} pledges {aid} aid to {Bn}",
      "{An} urges {Bn} to {request}",
      "{Adem} police arrest {Bdem} nationals",
      "{An} accuses {Bn} of {accusation}",
      "{Adem} and {Bdem} leaders meet in {Ccap}",
      "{An} expels {Bdem} diplomats");

  /** Body sentences that carry an event between A, B and sometimes C. */
  static final List<String> EVENTS = List.of(
      "{A} met {B} in {Bcap} on {weekday}.",
      "{Aminister} visited {Bcap} for two days of talks with {Bdem} officials.",
      "{A} and {B} agreed to cooperate on {topic}.",
      "{A} condemned {B} for {accusation}.",
      "{A} accused {B} of {accusation}.",
      "{A} threatened to impose sanctions on {B}.",
      "{Adem} {forces} attacked rebel positions in {Bn} on {weekday}.",
      "{Adem} police arrested {n} {Bdem} nationals in {Acap}.",
      "{A} signed an agreement with {B} on {topic}.",
      "{A} urged {B} to {request}.",
      "{A} will provide {aid} aid to {B}, {Aminister} said.",
      "{A} expelled {n} {Bdem} diplomats.",
      "{A} praised {B} for its role in the talks on {topic}.",
      "{A} rejected a proposal by {B} on {topic}.",
      "{A} demanded that {B} {request}.",
      "{A} hosted {B} for talks on {topic}.",
      "Protesters gathered outside the {Bdem} embassy in {Acap} to denounce {Bn}.",
      "{A} imposed sanctions on {B} over {accusation}.",
      "{A} sent humanitarian aid to {B} after the floods.",
      "{A} called on {B} to {request}.",
      "Rebels in {Bn} attacked a police station, killing {n} officers.",
      "{A} offered to mediate between {B} and {Cn}.",
      "{A} warned {B} against further military action.",
      "{A} and {B} held talks on {topic} in {Ccap}.",
      "{Aminister} said {An} was ready to resume negotiations with {Bn}.",
      "{A} released {n} {Bdem} prisoners.",
      "{A} withdrew its troops from the border with {Bn}.",
      "{A} criticised {B} for {accusation}.",
      "{A} denied the accusations made by {B}.",
      "{Org} urged {An} and {Bn} to {request}.",
      "{Bdem} {forces} fired on {Adem} border guards in the {direction}.",
      "{A} promised to help {B} rebuild its {topic} sector.",
      "{Aminister} telephoned {Bminister} on {weekday}.",
      "{A} asked {Org} to send observers to {Bn}.",
      "Thousands of protesters marched in {Acap} to demand the resignation of the government.",
      "{Asurname} said {An} would not accept any pressure from {Bn}.");

  /** Body sentences without an event between actors. */
  static final List<String> FILLERS = List.of(
      "The talks lasted {small} hours.",
      "Officials declined to give further details.",
      "Further details were not immediately available.",
      "The statement was published on the ministry's website on {weekday}.",
      "Markets in {Acap} were closed for a public holiday.",
      "The weather in {Bcap} was {weather} for the season.",
      "Trade between the two countries reached {n} billion dollars last year.",
      "The {Adem} economy grew by {small} percent in the last quarter.",
      "About {n} million people live in {Bcap}.",
      "Reporters were not allowed into the building.",
      "The border between the two countries is about {n} kilometres long.",
      "The river that crosses {Bcap} rose by {small} metres after heavy rain.",
      "Schools in the {direction} of {An} reopened on {weekday}.",
      "The figures could not be independently verified.");

  private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** The first {@code count} articles. */
  public List<Article> articles(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("article count must be at least 0, not " + count);
    }
    List<Article> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(article(i));
    }
    return result;
  }

  /** Article number {@code index}: a headline line, a blank line, then paragraphs of one or a few sentences. */
  public Article article(int index) {
    Random rnd = new Random(mix(seed, index));
    Cast cast = Cast.draw(rnd);
    List<String> sentences = sentences(rnd, cast);
    StringBuilder text = new StringBuilder(sentences.get(0)).append("\n\n");
    if (rnd.nextBoolean()) {
      text.append(cast.a.capital.toUpperCase(Locale.ROOT)).append(", ").append(cast.date.getMonth()
          .getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ').append(cast.date.getDayOfMonth())
          .append(" - ");
    }
    for (int s = 1; s < sentences.size(); s++) {
      text.append(sentences.get(s));
      if (s + 1 < sentences.size()) {
        text.append(rnd.nextInt(3) == 0 ? " " : "\n\n");
      }
    }
    text.append('\n');
    return Article.of(String.format(Locale.ROOT, "gen-%d-%06d", seed, index), text.toString())
        .withDate(cast.date);
  }

  /**
   * The sentences of one article, headline first: 3 to 8 in all. About two body sentences in three carry an event.
   */
  private static List<String> sentences(Random rnd, Cast cast) {
    int total = 3 + rnd.nextInt(6);
    List<String> out = new ArrayList<>(total);
    out.add(fill(pick(rnd, HEADLINES), rnd, cast));
    for (int i = 1; i < total; i++) {
      boolean event = i == 1 || rnd.nextInt(3) != 0;
      out.add(fill(pick(rnd, event ? EVENTS : FILLERS), rnd, cast));
    }
    return out;
  }

  static String fill(String template, Random rnd, Cast cast) {
    Matcher m = SLOT.matcher(template);
    StringBuilder sb = new StringBuilder(template.length() + 40);
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(slot(m.group(1), rnd, cast)));
    }
    m.appendTail(sb);
    return capitalise(sb.toString());
  }

  private static String slot(String name, Random rnd, Cast c) {
    return switch (name) {
      case "A" -> actor(rnd, c.a, c.aMinister);
      case "B" -> actor(rnd, c.b, c.bMinister);
      case "An" -> c.a.name;
      case "Bn" -> c.b.name;
      case "Cn" -> c.c.name;
      case "Adem" -> c.a.demonym;
      case "Bdem" -> c.b.demonym;
      case "Acap" -> c.a.capital;
      case "Bcap" -> c.b.capital;
      case "Ccap" -> c.c.capital;
      case "Aminister" -> c.a.demonym + " " + c.aRole + " " + c.aMinister;
      case "Bminister" -> c.b.demonym + " " + c.bRole + " " + c.bMinister;
      case "Asurname" -> c.aMinister.substring(c.aMinister.indexOf(' ') + 1);
      case "Org" -> pick(rnd, ORGANISATIONS);
      case "topic" -> pick(rnd, TOPICS);
      case "accusation" -> pick(rnd, ACCUSATIONS);
      case "request" -> pick(rnd, REQUESTS);
      case "aid" -> pick(rnd, AID);
      case "forces" -> pick(rnd, FORCES);
      case "weekday" -> pick(rnd, WEEKDAYS);
      case "weather" -> pick(rnd, WEATHER);
      case "direction" -> pick(rnd, DIRECTIONS);
      case "n" -> Integer.toString(2 + rnd.nextInt(98));
      case "small" -> Integer.toString(2 + rnd.nextInt(8));
      default -> throw new IllegalStateException("template slot {" + name + "} is not defined");
    };
  }

  /** A phrase that names the country or one of its agents, as wire copy varies it. */
  private static String actor(Random rnd, Country c, String minister) {
    return switch (rnd.nextInt(8)) {
      case 0, 1, 2 -> c.name;
      case 3 -> "the " + c.demonym + " government";
      case 4 -> c.demonym + " Foreign Minister " + minister;
      case 5 -> "the " + c.demonym + " foreign minister";
      case 6 -> "officials in " + c.capital;
      default -> c.capital;
    };
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static <T> T pick(Random rnd, List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  /** A seed for article {@code index} that differs well from its neighbours' (SplitMix64's finaliser). */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Who appears in one article: countries A, B and C (all different), A's and B's ministers, and the date. */
  record Cast(Country a, Country b, Country c, String aMinister, String aRole, String bMinister, String bRole,
      LocalDate date) {

    static Cast draw(Random rnd) {
      int a = rnd.nextInt(COUNTRIES.size());
      int b = (a + 1 + rnd.nextInt(COUNTRIES.size() - 1)) % COUNTRIES.size();
      int c;
      do {
        c = rnd.nextInt(COUNTRIES.size());
      } while (c == a || c == b);
      return new Cast(COUNTRIES.get(a), COUNTRIES.get(b), COUNTRIES.get(c), person(rnd), pick(rnd, ROLES),
          person(rnd), pick(rnd, ROLES), FIRST_DAY.plusDays(rnd.nextInt(366)));
    }

    private static String person(Random rnd) {
      return pick(rnd, GIVEN) + " " + pick(rnd, FAMILY);
    }
  }

  /** Writes articles as JSON Lines: {@code {"id": ..., "text": ..., "date": "YYYY-MM-DD"}}, one per line. */
  public static void writeJsonl(Iterable<Article> articles, Writer out) throws IOException {
    JsonFactory factory = JsonFactory.builder().build();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.setRootValueSeparator(null);
      for (Article a : articles) {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("text", a.text());
        if (a.date().isPresent()) {
          json.writeStringField("date", a.date().get().toString());
        } else {
          json.writeNullField("date");
        }
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
    out.flush();
  }

  /** Writes the first {@code count} articles, generating them one at a time (100,000 articles need no memory). */
  public void writeJsonl(int count, Writer out) throws IOException {
    writeJsonl(() -> IntStream.range(0, count).mapToObj(this::article).iterator(), out);
  }

  @Command(name = "CorpusGenerator", mixinStandardHelpOptions = true, version = "Tacitus corpus generator",
      description = "Writes a seeded corpus of short made-up wire articles as JSON Lines {\"id\",\"text\",\"date\"}.")
  static final class Cli implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "1000", description = "number of articles (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", description = "output file; standard output when absent")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (articles < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--articles must be at least 0, not " + articles);
      }
      CorpusGenerator generator = new CorpusGenerator(seed);
      if (out == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        generator.writeJsonl(articles, w);
      } else {
        if (out.toAbsolutePath().getParent() != null) {
          Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          generator.writeJsonl(articles, w);
        }
        System.err.printf(Locale.ROOT, "wrote %d articles (seed %d) to %s%n", articles, seed, out);
      }
      return 0;
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Cli()).execute(args));
  }
}
