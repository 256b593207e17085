package de.heldenhelfer.web.pages;

import de.heldenhelfer.paperwork.TemplateService;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Optional;

/**
 * The documents this session generated last, so that the fill page can offer them for download
 * right away (the archive keeps them for good). Bound to the session: nobody else can fetch them,
 * and at most {@value #KEEP} are held.
 */
@SessionScoped
public class GeneratedDocuments implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int KEEP = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A generated document and the random key of its download address. */
  public record Entry(
      String key, String fileName, String mediaType, byte[] content, long documentId)
      implements Serializable {}

  private final Deque<Entry> entries = new ArrayDeque<>();

  /** Keeps a document; the oldest one is dropped beyond {@value #KEEP}. */
  public synchronized Entry keep(TemplateService.Generated g) {
    byte[] key = new byte[18];
    RANDOM.nextBytes(key);
    Entry e =
        new Entry(
            Base64.getUrlEncoder().withoutPadding().encodeToString(key),
            g.fileName(),
            g.mediaType(),
            g.content(),
            g.documentId());
    entries.addFirst(e);
    while (entries.size() > KEEP) {
      entries.removeLast();
    }
    return e;
  }

  public synchronized Optional<Entry> find(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
