package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.servicedesk.RequestService;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Files from an {@code h:inputFile multiple="true"} as uploads for the service; empty parts
 * skipped.
 */
public final class Uploads {
  private Uploads() {}

  /** The non-empty parts as uploads (the service checks size, type and name). */
  public static List<RequestService.Upload> of(Collection<Part> parts) {
    List<RequestService.Upload> uploads = new ArrayList<>();
    if (parts == null) {
      return uploads;
    }
    for (Part p : parts) {
      if (p == null || p.getSize() == 0) {
        continue;
      }
      try (InputStream in = p.getInputStream()) {
        uploads.add(new RequestService.Upload(p.getSubmittedFileName(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }
}
