package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

class HtmlReaderTest {

  @TempDir
  Path dir;

  private Article read(String name, String html) throws IOException {
    List<ReadResult> all = ReadAll.of(new HtmlReader(Files.writeString(dir.resolve(name), html)));
    assertThat(all).singleElement().isInstanceOf(ReadResult.Ok.class);
    return ((ReadResult.Ok) all.get(0)).article();
  }

  private static final String PAGE = """
      <!DOCTYPE html><html><head>
      <title>Talks in Nairobi | Example News</title>
      <meta property="og:title" content="Talks in Nairobi">
      <meta property="article:published_time" content="2024-03-05T23:30:00+03:00">
      <link rel="canonical" href="https://example.org/talks">
      <script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
      </head><body class="has-cookie-banner">
      <header><p>Site header</p></header>
      <nav><ul><li>Home</li><li>World</li></ul></nav>
      <div id="cookie-consent"><p>We use cookies to improve your experience here.</p></div>
      <article>
        <h1>Talks in Nairobi</h1>
        <p>Kenya and Ethiopia agreed on Monday to reopen the border.</p>
        <div class="share-buttons"><p>Share on Facebook</p></div>
        <p>The ministers met in <b>Nairobi</b>.</p>
        <aside><p>Read more: other story</p></aside>
        <section class="comments"><p>Great article!</p></section>
      </article>
      <div class="related-stories"><p>A related story with quite a lot of words in it, more than the article has.</p>
      <p>Another related story with quite a lot of words in it, more than the article has.</p></div>
      <footer><p>Copyright</p></footer>
      </body></html>
      """;

  @Test
  void takesTitleDateUrlAndTheArticleParagraphs() throws IOException {
    Article a = read("talks.html", PAGE);
    assertThat(a.id()).isEqualTo("talks");
    assertThat(a.title()).contains("Talks in Nairobi");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(a.url()).contains("https://example.org/talks");
    assertThat(a.text()).isEqualTo("Talks in Nairobi\n\nKenya and Ethiopia agreed on Monday to reopen the border."
        + "\n\nThe ministers met in Nairobi.");
    assertThat(a.origin()).endsWith("talks.html");
  }

  @Test
  void withoutArticleTheElementWithMostParagraphTextWins() throws IOException {
    Article a = read("plain.htm", """
        <html><head><title>Plain</title><meta name="DC.date" content="2019-07-01"></head><body>
        <div class="menu"><p>Home</p><p>World news and more world news and even more</p></div>
        <div id="teaser"><p>Short teaser.</p></div>
        <div id="story"><p>First paragraph of the story, which is long enough.</p>
        <p>Second paragraph of the story, also long.</p></div>
        </body></html>
        """);
    assertThat(a.title()).contains("Plain");
    assertThat(a.date()).contains(LocalDate.of(2019, 7, 1));
    assertThat(a.text()).isEqualTo("First paragraph of the story, which is long enough.\n\n"
        + "Second paragraph of the story, also long.");
  }

  @Test
  void datesFromJsonLdAndTimeElements() throws IOException {
    Article ld = read("ld.html", """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle",
        "datePublished":"2021-02-03T04:05:06Z"}</script></head><body><p>Text.</p></body></html>""");
    assertThat(ld.date()).contains(LocalDate.of(2021, 2, 3));
    Article time = read("time.html", "<p>Text <time datetime=\"2020-12-31\">yesterday</time>.</p>");
    assertThat(time.date()).contains(LocalDate.of(2020, 12, 31));
    assertThat(time.title()).isEmpty();
    Article bad = read("bad.html", "<meta name=date content=soon><p>Text.</p>");
    assertThat(bad.date()).isEmpty();
  }

  @Test
  void brokenHtmlStillParses() throws IOException {
    Article a = read("broken.html", "<html><head><title>Broken</title><body><div><p>First <b>bold <i>unclosed"
        + "<p>Second paragraph<div><table><tr><td>cell</div></span></html></p>tail");
    assertThat(a.title()).contains("Broken");
    assertThat(a.text()).contains("First bold unclosed").contains("Second paragraph");
  }

  @Test
  void declaredCharsetIsHonoured() throws IOException {
    Path f = dir.resolve("latin1.html");
    Files.write(f, "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 talks.</p></body></html>"
        .getBytes(Charset.forName("ISO-8859-1")));
    Article a = ((ReadResult.Ok) ReadAll.of(new HtmlReader(f)).get(0)).article();
    assertThat(a.text()).isEqualTo("Caf\u00e9 talks.");
  }

  @Test
  void aPageWithoutTextIsARecordError() throws IOException {
    Path f = Files.writeString(dir.resolve("empty-page.html"),
        "<html><head><title>App</title><script>render()</script></head><body><nav>Menu</nav>"
            + "<div id=\"root\"></div></body></html>");
    assertThat(ReadAll.of(new HtmlReader(f))).singleElement().isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.reason()).isEqualTo(RecordError.NO_ARTICLE_TEXT);
      assertThat(e.origin()).isEqualTo(f.toString());
      assertThat(e.message()).contains("no article text").contains("rendered HTML");
    });
  }

  @Test
  void emptyAndMissingFiles() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.html"), "");
    assertThat(ReadAll.of(new HtmlReader(empty))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> assertThat(e.reason()).isEqualTo(RecordError.EMPTY_FILE));
    assertThat(ReadAll.of(new HtmlReader(dir.resolve("nope.html")))).singleElement()
        .isInstanceOfSatisfying(RecordError.class, e -> assertThat(e.reason()).isEqualTo(RecordError.MISSING_FILE));
  }

  @Test
  void fragmentTextJoinsBlocksAndDropsMarkup() {
    assertThat(HtmlExtractor.fragmentText("<p>One &amp; two.</p><p>Three<br>four.</p>loose <i>text</i>"))
        .isEqualTo("One & two.\n\nThree four.\n\nloose text");
    assertThat(HtmlExtractor.fragmentText("Just text, no markup.")).isEqualTo("Just text, no markup.");
  }
}
