package de.heldenhelfer.web.export;

import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.web.session.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Downloads of member exports for the signed-in board or trainer (docs/exports.md). Under {@code
 * /app/}, so only a signed-in session reaches it; {@code RequestContextFilter} has bound the
 * request to the person and the club chosen in the header – the club never comes from the URL. The
 * services decide: no export permission → 403, a member of another club or outside the trainer's
 * departments → 404.
 */
@WebServlet(name = "memberExports", urlPatterns = "/app/export/*")
public class ExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ExportServlet.class.getName());

  @Inject MemberDownloads downloads;
  @Inject UserSession session;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Locale locale = session.getLocale() == null ? Locale.GERMAN : session.getLocale();
    String what = Optional.ofNullable(req.getPathInfo()).orElse("/");
    MemberQuery query = MemberQuery.fromText(req.getParameter("q"));
    MemberDownloads.Download download;
    try {
      download =
          switch (what) {
            case "/members" -> {
              Optional<MemberDownloads.Format> format =
                  MemberDownloads.Format.parse(req.getParameter("format"));
              if (format.isEmpty()) {
                throw new IllegalArgumentException("format");
              }
              yield downloads.list(
                  query, MemberDownloads.columns(req.getParameter("cols")), format.get(), locale);
            }
            case "/labels" -> downloads.labels(query, locale);
            case "/attendance" ->
                downloads.attendance(
                    query,
                    req.getParameter("title"),
                    date(req.getParameter("date")),
                    req.getParameter("place"),
                    locale);
            case "/dossier" -> {
              String format = Optional.ofNullable(req.getParameter("format")).orElse("pdf");
              if (!format.equals("pdf") && !format.equals("json")) {
                throw new IllegalArgumentException("format");
              }
              yield downloads.dossier(id(req.getParameter("id")), format.equals("json"), locale);
            }
            default -> throw new NotFoundException();
          };
    } catch (NotAuthenticatedException | AccessDeniedException | NotFoundException e) {
      sendRefusal(res, e);
      return;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    send(download, res);
  }

  /** Writes a download with attachment headers; also used by tests of the headers. */
  static void send(MemberDownloads.Download download, HttpServletResponse res) throws IOException {
    attachmentHeaders(res, download.contentType(), download.fileName());
    try {
      download.body().writeTo(res.getOutputStream());
      res.flushBuffer();
    } catch (IOException e) {
      LOG.log(Level.FINE, "export download aborted", e);
    }
  }

  /** Answers a refused download: 401 without sign-in, 403 without permission, else 404. */
  public static void sendRefusal(HttpServletResponse res, RuntimeException e) throws IOException {
    if (e instanceof NotAuthenticatedException) {
      res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    } else if (e instanceof AccessDeniedException) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  /**
   * The headers of every download: the media type, an attachment (never shown inline), no caching
   * and no content sniffing.
   */
  public static void attachmentHeaders(
      HttpServletResponse res, String contentType, String fileName) {
    res.setContentType(contentType);
    res.setHeader("Content-Disposition", contentDisposition(fileName));
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** {@code attachment} with an ASCII fallback and the UTF-8 name (RFC 6266). */
  public static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static long id(String s) {
    try {
      return Long.parseLong(s == null ? "" : s.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
  }
}
