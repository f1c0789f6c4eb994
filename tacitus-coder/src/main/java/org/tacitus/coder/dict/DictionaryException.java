package org.tacitus.coder.dict;

/**
 * A dictionary line that does not follow its grammar. The message names {@code file:line:col}, repeats the line and
 * puts a caret under the fault, as compilers do.
 */
public final class DictionaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  public DictionaryException(String file, int line, int column, String lineText, String message) {
    super(format(file, line, column, lineText, message));
    this.file = file;
    this.line = line;
    this.column = column;
  }

  static String format(String file, int line, int column, String lineText, String message) {
    StringBuilder b = new StringBuilder();
    b.append(file).append(':').append(line).append(':').append(column).append(": ").append(message);
    if (lineText != null) {
      b.append('\n').append("  ").append(lineText.replace('\t', ' ')).append('\n').append("  ");
      b.append(" ".repeat(Math.max(0, column - 1))).append('^');
    }
    return b.toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
