package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

/** The event JSON Lines format, against a golden file: a change of format must be a change of that file. */
class EventJsonTest {

  static final String TEXT = "Kenya\u2019s minister met Ethiopia\u2019s envoy.\nEritrea was criticised, he said.";

  static CodedArticle article() {
    Article article = new Article("wire-1", TEXT, Optional.of("Talks"), Optional.of(LocalDate.of(2024, 3, 5)),
        Optional.empty(), "wire.jsonl:1");
    int split = TEXT.indexOf('\n');
    DependencyGraph none = new DependencyGraph(0, List.of());
    List<Sentence> sentences = List.of(new Sentence(0, 0, split, List.of(), none, none),
        new Sentence(1, split + 1, TEXT.length(), List.of(), none, none));
    Mention kenya = mention(0, "Kenya\u2019s minister", Actor.of("KEN", "GOV"));
    Mention ethiopia = mention(0, "Ethiopia\u2019s envoy", Actor.of("ETH", "GOV"));
    Mention eritrea = mention(1, "Eritrea", Actor.country("ERI"));
    Mention he = mention(1, "he", Actor.of("KEN", "GOV"));
    Event meet = new Event("wire-1", 0, new CameoCode("040", "Consult", 1.0), kenya, Optional.of(ethiopia),
        Modality.ASSERTED, span("met"), "040 meet obj", 0.9, Optional.empty());
    Event criticise = new Event("wire-1", 1, new CameoCode("111", "Criticize or denounce", -2.0), he,
        Optional.of(eritrea), Modality.ASSERTED, span("criticised"), "111 criticise", 0.75, Optional.of(he));
    Event intent = new Event("wire-1", 1, new CameoCode("0332", "Express intent to provide military aid", 5.2),
        eritrea, Optional.empty(), Modality.INTENT, span("said"), "0332 test", 1.0, Optional.empty());
    return new CodedArticle(new AnnotatedArticle(article, sentences), List.of(kenya, ethiopia, eritrea, he),
        List.of(meet, criticise, intent));
  }

  private static Span span(String words) {
    int at = TEXT.indexOf(words);
    return new Span(at, at + words.length());
  }

  private static Mention mention(int sentence, String words, Actor actor) {
    return new Mention(sentence, 0, span(words), words, actor, "test");
  }

  @Test
  void writesTheGoldenLines() throws IOException {
    StringWriter out = new StringWriter();
    EventJson.write(article(), out);
    if (Boolean.getBoolean("tacitus.updateGolden")) {
      // mvn test -Dtacitus.updateGolden=true -Dtest=EventJsonTest, then read the diff before committing it.
      Files.writeString(Path.of("src/test/resources/org/tacitus/app/events.golden.jsonl"), out.toString());
    }
    String golden;
    try (InputStream in = getClass().getResourceAsStream("events.golden.jsonl")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(out.toString()).isEqualTo(golden);
  }

  @Test
  void everyOffsetPairGivesItsText() throws IOException {
    StringWriter out = new StringWriter();
    EventJson.write(article(), out);
    for (String line : out.toString().split("\n")) {
      JsonNode e = EventJson.MAPPER.readTree(line);
      for (String field : List.of("source", "target", "evidence", "reported_by")) {
        JsonNode n = e.get(field);
        assertThat(n).as(field).isNotNull();
        if (!n.isNull()) {
          assertThat(TEXT.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("text").asText());
        }
      }
      assertThat(e.get("root").asText()).isEqualTo(e.get("code").asText().substring(0, 2));
    }
  }
}
