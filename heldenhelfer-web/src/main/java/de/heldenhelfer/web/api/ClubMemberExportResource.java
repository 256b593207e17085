package de.heldenhelfer.web.api;

import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.web.export.ExportServlet;
import de.heldenhelfer.web.export.MemberDownloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The member list export for authorised clients: the same service, columns and permissions as the
 * download in the browser (docs/exports.md). The club in the path is entered by {@link
 * ClubScopeFilter}, which answers 404 for a club the caller does not belong to.
 */
@Path("clubs/{clubId}/members/export")
@RequestScoped
public class ClubMemberExportResource {
  @Inject MemberDownloads downloads;
  @jakarta.ws.rs.core.Context HttpHeaders headers;

  @GET
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public Response export(
      @PathParam("clubId") long clubId,
      @QueryParam("format") String format,
      @QueryParam("q") String query,
      @QueryParam("cols") String cols) {
    MemberDownloads.Format f =
        MemberDownloads.Format.parse(format)
            .filter(x -> x != MemberDownloads.Format.PDF)
            .orElseThrow(() -> new BadRequestException("format must be csv or xlsx"));
    MemberDownloads.Download d =
        downloads.list(
            MemberQuery.fromText(query),
            MemberDownloads.columns(cols),
            f,
            Problems.locale(headers.getAcceptableLanguages()));
    StreamingOutput body = out -> d.body().writeTo(out);
    return Response.ok(body, d.contentType())
        .header("Content-Disposition", ExportServlet.contentDisposition(d.fileName()))
        .header("Cache-Control", "no-store")
        .build();
  }
}
