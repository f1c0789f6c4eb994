package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

class FeedReaderTest {

  @TempDir
  Path dir;

  private static Article ok(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    return ((ReadResult.Ok) r).article();
  }

  @Test
  void rssItemsAreArticles() throws IOException {
    Path f = Files.writeString(dir.resolve("news.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example</title><link>https://example.org</link>
        <description>News</description>
        <item><title>Talks in Nairobi</title><link>https://example.org/talks</link>
          <guid>urn:example:1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;Kenya and Ethiopia &lt;b&gt;agreed&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description>
        </item>
        <item><title>No body</title><link>https://example.org/empty</link></item>
        <item><title>Link only</title><link>https://example.org/three</link>
          <description>Plain description.</description></item>
        </channel></rss>
        """);
    List<ReadResult> all = ReadAll.of(new FeedReader(f));
    assertThat(all).hasSize(3);
    Article a = ok(all.get(0));
    assertThat(a.id()).isEqualTo("urn:example:1");
    assertThat(a.title()).contains("Talks in Nairobi");
    assertThat(a.text()).isEqualTo("Kenya and Ethiopia agreed.\n\nSecond.");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(a.url()).contains("https://example.org/talks");
    assertThat(a.origin()).isEqualTo(f + ":item 1");
    assertThat(all.get(1)).isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.origin()).isEqualTo(f + ":item 2");
      assertThat(e.reason()).isEqualTo(RecordError.EMPTY_TEXT);
      assertThat(e.message()).contains("\"No body\"");
    });
    Article c = ok(all.get(2));
    assertThat(c.text()).isEqualTo("Plain description.");
    assertThat(c.date()).isEmpty();
  }

  @Test
  void atomEntriesPreferContentAndFallBackToUpdated() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.atom"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>urn:feed</id>
        <updated>2024-03-06T00:00:00Z</updated>
        <entry><title>Entry one</title><id>urn:entry:1</id><link href="https://example.org/1"/>
          <updated>2024-03-06T12:00:00Z</updated>
          <summary>Short summary.</summary>
          <content type="html">&lt;p&gt;Full content.&lt;/p&gt;</content></entry>
        </feed>
        """);
    Article a = ok(ReadAll.of(new FeedReader(f)).get(0));
    assertThat(a.id()).isEqualTo("urn:entry:1");
    assertThat(a.text()).isEqualTo("Full content.");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 6));
    assertThat(a.url()).contains("https://example.org/1");
  }

  @Test
  void aMalformedFeedIsOneErrorForTheFile() throws IOException {
    Path f = Files.writeString(dir.resolve("broken.xml"),
        "<rss version=\"2.0\"><channel><item><title>Cut off</title><description>text");
    assertThat(ReadAll.of(new FeedReader(f))).singleElement().isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.origin()).isEqualTo(f.toString());
      assertThat(e.reason()).isEqualTo(RecordError.BAD_FEED);
      assertThat(e.message()).contains("not a readable RSS or Atom feed").contains("xmllint");
    });
  }

  @Test
  void xmlThatIsNoFeedAndDoctypesAreRefused() throws IOException {
    Path other = Files.writeString(dir.resolve("other.xml"), "<?xml version=\"1.0\"?><catalog><book/></catalog>");
    assertThat(ReadAll.of(new FeedReader(other))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> assertThat(e.reason()).isEqualTo(RecordError.BAD_FEED));
    Path xxe = Files.writeString(dir.resolve("xxe.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM"
        + " \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item>"
        + "<description>&x;</description></item></channel></rss>");
    assertThat(ReadAll.of(new FeedReader(xxe))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> assertThat(e.reason()).isEqualTo(RecordError.BAD_FEED));
  }

  @Test
  void aFeedWithoutItemsAndAMissingFile() throws IOException {
    Path f = Files.writeString(dir.resolve("none.rss"),
        "<rss version=\"2.0\"><channel><title>t</title><link>l</link><description>d</description></channel></rss>");
    assertThat(ReadAll.of(new FeedReader(f))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> assertThat(e.reason()).isEqualTo(RecordError.EMPTY_FILE));
    assertThat(ReadAll.of(new FeedReader(dir.resolve("nope.rss")))).singleElement()
        .isInstanceOfSatisfying(RecordError.class, e -> assertThat(e.reason()).isEqualTo(RecordError.MISSING_FILE));
  }
}
