package org.tacitus.store;

import java.nio.file.Path;

/** The database file was written by a newer Tacitus, with a schema version this one does not know. */
public final class NewerSchemaException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int fileVersion;
  private final int supportedVersion;

  public NewerSchemaException(Path file, int fileVersion, int supportedVersion) {
    super("event database " + file + " has schema version " + fileVersion + ", but this Tacitus knows versions up to "
        + supportedVersion + "; open it with a newer Tacitus, or write to a new file");
    this.file = file;
    this.fileVersion = fileVersion;
    this.supportedVersion = supportedVersion;
  }

  public Path file() {
    return file;
  }

  public int fileVersion() {
    return fileVersion;
  }

  public int supportedVersion() {
    return supportedVersion;
  }
}
