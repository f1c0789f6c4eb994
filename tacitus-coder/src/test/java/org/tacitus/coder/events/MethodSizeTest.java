package org.tacitus.coder.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.tacitus.coder.actors.ActorResolver;

/**
 * HotSpot never compiles a method whose bytecode is longer than 8,000 bytes (-XX:HugeMethodLimit, with
 * DontCompileHugeMethods on by default): such a method runs interpreted, several times slower. The engine's and the
 * resolver's long methods grow with every rule; this test reads their bytecode lengths with the JDK's own javap and
 * fails before one crosses the limit (session 15 measured the coding benchmark at about 14,000 instead of 17,600
 * sentences/s when EventEngine.build reached 8,260 bytes).
 */
class MethodSizeTest {

  private static final int HUGE_METHOD_LIMIT = 8000;

  private static final Pattern METHOD = Pattern.compile("^  (?!static \\{)\\S.*\\((.*)\\);$");
  private static final Pattern OFFSET = Pattern.compile("^\\s+(\\d+): ");

  @Test
  void noMethodOfTheEngineOrTheResolverIsTooLongToCompile() {
    for (Class<?> c : new Class<?>[] {EventEngine.class, ActorResolver.class}) {
      Map<String, Integer> sizes = codeSizes(c);
      assertThat(sizes).as("methods of %s read by javap", c.getSimpleName()).isNotEmpty();
      assertThat(sizes).allSatisfy((method, size) -> assertThat(size)
          .as("bytecode length of %s.%s", c.getSimpleName(), method).isLessThan(HUGE_METHOD_LIMIT));
    }
  }

  /** The last bytecode offset of each method of {@code c}, as javap -c -p prints it. */
  private static Map<String, Integer> codeSizes(Class<?> c) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new AssertionError("no javap in this JDK"));
    StringWriter out = new StringWriter();
    String classpath = c.getProtectionDomain().getCodeSource().getLocation().getPath();
    int rc = javap.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-c", "-p", "-cp", classpath,
        c.getName());
    assertThat(rc).as("javap exit code").isZero();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    String method = null;
    for (String line : out.toString().split("\n")) {
      if (line.strip().equals("static {};")) {
        method = null; // the class initializer runs once; its offsets are no method's (nor the one listed before it)
        continue;
      }
      Matcher m = METHOD.matcher(line);
      if (m.matches()) {
        method = line.strip();
        continue;
      }
      Matcher o = OFFSET.matcher(line);
      if (method != null && o.find()) {
        sizes.put(method, Integer.parseInt(o.group(1)));
      }
    }
    return sizes;
  }
}
