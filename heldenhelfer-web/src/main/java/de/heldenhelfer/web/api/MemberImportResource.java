package de.heldenhelfer.web.api;

import de.heldenhelfer.membership.MemberImportService;
import de.heldenhelfer.membership.imports.ColumnMapping;
import de.heldenhelfer.membership.imports.ImportField;
import de.heldenhelfer.membership.imports.ImportTable;
import de.heldenhelfer.reports.ReportInputException;
import de.heldenhelfer.shared.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The member import for other software: a multipart upload (field {@code file}, optional field
 * {@code mapping} as JSON object "column name" → field) answered with a JSON report. {@code
 * dryRun=true} (the default) only previews. The club is the one of the path, entered by {@link
 * ClubScopeFilter}; the service checks MEMBER_IMPORT. Documented in {@code openapi.yaml}.
 */
@Path("clubs/{clubId}/members/import")
@RequestScoped
public class MemberImportResource {
  @Inject MemberImportService imports;
  @Inject Problems problems;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** A problem of one row. */
  public record RowProblemDto(int row, String field, String message) {}

  /** One row of the report. */
  public record RowDto(int row, String status, String memberNumber, List<String> changedFields) {}

  /** The JSON report. */
  public record ReportDto(
      String fileName,
      boolean dryRun,
      boolean applied,
      int headerRow,
      Map<String, String> mapping,
      int rows,
      int created,
      int updated,
      int unchanged,
      int errors,
      List<String> warnings,
      List<RowProblemDto> problems,
      List<RowDto> details) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response importMembers(
      @PathParam("clubId") long clubId,
      @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
      List<EntityPart> parts)
      throws IOException {
    Locale locale = Problems.locale(headers.getAcceptableLanguages());
    EntityPart file = part(parts, "file");
    EntityPart mappingPart = part(parts, "mapping");
    String mappingJson = mappingPart == null ? null : mappingPart.getContent(String.class);
    if (file == null) {
      return bad(locale, "import.api.noFile");
    }
    ImportTable table;
    try (InputStream in = file.getContent()) {
      table =
          imports.read(in, file.getFileName().orElse("upload.csv"), MemberImportService.MAX_BYTES);
    } catch (ReportInputException e) {
      String text = e.localizedMessage(locale);
      return problems.of(422, text, text, "file", uri.getPath());
    }
    ColumnMapping mapping;
    if (mappingJson == null || mappingJson.isBlank()) {
      mapping = imports.suggestMapping(table.header());
    } else {
      mapping = parseMapping(mappingJson, table);
      if (mapping == null) {
        return bad(locale, "import.api.badMapping");
      }
    }
    MemberImportService.ImportReport report =
        dryRun
            ? imports.preview(table, mapping, MemberImportService.Progress.NONE)
            : imports.apply(table, mapping, MemberImportService.Progress.NONE);
    Map<String, String> used = new LinkedHashMap<>();
    mapping.asMap().forEach((i, f) -> used.put(table.columnName(i), f.name()));
    return Response.ok(
            new ReportDto(
                report.fileName(),
                dryRun,
                report.applied(),
                table.headerRowNumber(),
                used,
                report.rows(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.errors(),
                report.warnings().stream().map(w -> w.text(locale)).toList(),
                report.problems().stream()
                    .map(
                        p ->
                            new RowProblemDto(
                                p.row(),
                                p.field() == null ? null : p.field().name(),
                                p.text(locale)))
                    .toList(),
                report.details().stream()
                    .map(
                        r ->
                            new RowDto(
                                r.rowNumber(),
                                r.status().name(),
                                r.memberNumber(),
                                r.changedFields()))
                    .toList()))
        .build();
  }

  /** {"Name": "LAST_NAME", "Bemerkung": null} → mapping by the table's column names. */
  private static ColumnMapping parseMapping(String json, ImportTable table) {
    JsonObject o;
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      o = r.readObject();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
    Map<Integer, ImportField> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      int column = -1;
      for (int i = 0; i < table.header().size(); i++) {
        if (table.header().get(i).equalsIgnoreCase(e.getKey().strip())) {
          column = i;
          break;
        }
      }
      if (column < 0) {
        return null;
      }
      if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
        return null;
      }
      try {
        m.put(column, ImportField.valueOf(o.getString(e.getKey())));
      } catch (IllegalArgumentException ex) {
        return null;
      }
    }
    return ColumnMapping.of(m);
  }

  private static EntityPart part(List<EntityPart> parts, String name) {
    if (parts == null) {
      return null;
    }
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
  }

  private Response bad(Locale locale, String key) {
    String text = Messages.get(locale, key);
    return problems.of(400, text, text, null, uri.getPath());
  }
}
