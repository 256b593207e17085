package de.heldenhelfer.web.api;

import de.heldenhelfer.directory.DirectoryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Open data: the public club directory as a file (JSON and csv) under the Creative Commons
 * Attribution 4.0 licence, computed from the current directory on every request (so it changes as
 * soon as a club changes), with an entity tag so that harvesters download it only when it changed.
 */
@Path("opendata")
@RequestScoped
public class OpenDataResource {
  /** The licence of the open data files. */
  public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

  @Inject DirectoryService directory;
  @jakarta.ws.rs.core.Context Request request;

  /** The file's content: licence, source and the clubs. */
  public record OpenClubs(String licence, String source, List<PublicClubResource.ClubDto> clubs) {}

  @GET
  @Path("clubs.json")
  @Produces("application/json")
  public Response json() {
    List<PublicClubResource.ClubDto> clubs =
        directory.all(Locale.GERMAN).stream().map(PublicClubResource::dto).toList();
    String tag = tag(clubs.toString());
    return conditional(
        tag,
        () ->
            Response.ok(
                    new OpenClubs(
                        LICENCE,
                        "Heldenhelfer – Vereinsverzeichnis Stadt und Landkreis Würzburg",
                        clubs))
                .header("Content-Disposition", "attachment; filename=\"vereine.json\""));
  }

  @GET
  @Path("clubs.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response csv() {
    StringBuilder s = new StringBuilder("\uFEFF");
    s.append("slug;name;kind;ags;municipality;purpose;sports\r\n");
    for (DirectoryService.Entry e : directory.all(Locale.GERMAN)) {
      s.append(field(e.slug()))
          .append(';')
          .append(field(e.name()))
          .append(';')
          .append(e.kind().name())
          .append(';')
          .append(e.ags())
          .append(';')
          .append(field(e.municipality()))
          .append(';')
          .append(field(e.purpose()))
          .append(';')
          .append(field(e.sportList()))
          .append("\r\n");
    }
    s.append(field("Lizenz: CC BY 4.0 (" + LICENCE + "), Quelle: Heldenhelfer")).append("\r\n");
    String body = s.toString();
    return conditional(
        tag(body),
        () ->
            Response.ok(body.getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"vereine.csv\""));
  }

  private Response conditional(
      String tag, java.util.function.Supplier<Response.ResponseBuilder> ok) {
    EntityTag etag = new EntityTag(tag);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.build();
    }
    return ok.get().tag(etag).header("Link", "<" + LICENCE + ">; rel=\"license\"").build();
  }

  /** A csv field: quoted when needed; a leading formula character is neutralised. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String v = value.replace("\r", " ").replace("\n", " ");
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private static String tag(String content) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
