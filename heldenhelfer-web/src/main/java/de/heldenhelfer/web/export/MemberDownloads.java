package de.heldenhelfer.web.export;

import de.heldenhelfer.club.Department;
import de.heldenhelfer.membership.FamilyLink;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberChange;
import de.heldenhelfer.membership.MemberConsent;
import de.heldenhelfer.membership.MemberDepartment;
import de.heldenhelfer.membership.MemberExportService;
import de.heldenhelfer.membership.MemberField;
import de.heldenhelfer.membership.MemberFunction;
import de.heldenhelfer.membership.MemberQualification;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.reports.AddressLabels;
import de.heldenhelfer.reports.AttendanceList;
import de.heldenhelfer.reports.Column;
import de.heldenhelfer.reports.CsvExport;
import de.heldenhelfer.reports.PdfTable;
import de.heldenhelfer.reports.PersonalDataReport;
import de.heldenhelfer.reports.PersonalDataReport.KeyValues;
import de.heldenhelfer.reports.PersonalDataReport.Section;
import de.heldenhelfer.reports.PersonalDataReport.SmallTable;
import de.heldenhelfer.reports.TableWriter;
import de.heldenhelfer.reports.XlsxExport;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Turns the member exports of {@link MemberExportService} into documents with the reports library,
 * for the download servlet and the REST API alike. Every method first asks the service (which
 * checks permissions, tenancy and visible columns and may refuse) and only then returns a {@link
 * Download} that writes the bytes, so refusals become 403/404 before any byte is sent.
 */
@ApplicationScoped
public class MemberDownloads {
  @Inject MemberExportService exports;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  /** A document ready to be written. */
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** File name, MIME type and content of a download. */
  public record Download(String fileName, String contentType, Body body) {}

  /** The list formats. */
  public enum Format {
    XLSX,
    CSV,
    PDF;

    /** The format named in a URL ({@code xlsx}, {@code csv}, {@code pdf}); xlsx when empty. */
    public static Optional<Format> parse(String s) {
      if (s == null || s.isBlank()) {
        return Optional.of(XLSX);
      }
      return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(s.strip())).findFirst();
    }
  }

  /**
   * Columns from a URL parameter ({@code NAME,EMAIL} or {@code name,email}); unknown ones dropped.
   */
  public static List<MemberField> columns(String cols) {
    List<MemberField> out = new ArrayList<>();
    if (cols != null) {
      for (String c : cols.split(",")) {
        Arrays.stream(MemberField.values())
            .filter(f -> f.name().equalsIgnoreCase(c.strip().replace('-', '_')))
            .findFirst()
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /** The member list in {@code format}. */
  public Download list(MemberQuery query, List<MemberField> cols, Format format, Locale locale) {
    MemberExportService.Export export = exports.list(query, cols, locale);
    List<Column<MemberExportService.Row>> columns = new ArrayList<>();
    for (MemberField f : export.columns()) {
      Column<MemberExportService.Row> c =
          Column.of(f.name().toLowerCase(Locale.ROOT), f.label(locale), r -> r.get(f));
      columns.add(
          f == MemberField.NAME || f == MemberField.ADDRESS || f == MemberField.EMAIL
              ? c.withWidth(2f)
              : c);
    }
    LocalDate today = today();
    TableWriter writer =
        switch (format) {
          case XLSX -> XlsxExport.of(text(locale, "export.list.sheet")).withLocale(locale);
          case CSV -> CsvExport.excel().withLocale(locale);
          case PDF ->
              PdfTable.of(text(locale, "export.list.title"), clubName(), today).withLocale(locale);
        };
    return new Download(
        text(locale, "export.list.file") + "-" + today + "." + writer.fileExtension(),
        writer.contentType(),
        out -> writer.write(columns, export.rows(), out));
  }

  /** Address labels (Avery Zweckform 3474) as PDF. */
  public Download labels(MemberQuery query, Locale locale) {
    MemberExportService.Export export = exports.labels(query, locale);
    AddressLabels labels =
        AddressLabels.zweckform3474()
            .withLocale(locale)
            .withTitle(text(locale, "export.labels.title"));
    return new Download(
        text(locale, "export.labels.file") + "-" + today() + ".pdf",
        PdfTable.CONTENT_TYPE,
        out ->
            labels.write(
                export.rows().map(MemberExportService.Row::labelLines).filter(l -> !l.isEmpty()),
                out));
  }

  /** The attendance list of a general meeting as PDF. */
  public Download attendance(
      MemberQuery query, String title, LocalDate date, String place, Locale locale) {
    MemberExportService.Export export = exports.attendance(query, locale);
    AttendanceList list =
        AttendanceList.of(
                new AttendanceList.Meeting(
                    clubName(),
                    title == null || title.isBlank()
                        ? text(locale, "export.attendance.meeting")
                        : title.strip(),
                    date == null ? today() : date,
                    place == null || place.isBlank() ? null : place.strip()))
            .withLocale(locale);
    return new Download(
        text(locale, "export.attendance.file") + "-" + (date == null ? today() : date) + ".pdf",
        PdfTable.CONTENT_TYPE,
        out ->
            list.write(
                export
                    .rows()
                    .map(
                        r ->
                            new AttendanceList.Attendee(
                                (String) r.get(MemberField.NAME),
                                (String) r.get(MemberField.NUMBER))),
                out));
  }

  /** Everything stored about one member (Art. 15 DSGVO) as PDF or JSON. */
  public Download dossier(long memberId, boolean json, Locale locale) {
    MemberService.MemberDossier d = exports.dossier(memberId);
    String base =
        text(locale, "export.dossier.file")
            + "-"
            + Optional.ofNullable(d.member().memberNumber())
                .orElse(String.valueOf(d.member().id()))
                .replaceAll("[^A-Za-z0-9_-]", "_")
            + "-"
            + today();
    if (json) {
      byte[] bytes = dossierJson(d);
      return new Download(
          base + ".json", "application/json; charset=UTF-8", out -> out.write(bytes));
    }
    List<Section> sections = dossierSections(d, locale);
    PersonalDataReport report =
        PersonalDataReport.of(
                text(locale, "export.dossier.title"),
                d.member().fullName() + " · " + clubName(),
                today())
            .withLocale(locale);
    return new Download(base + ".pdf", PdfTable.CONTENT_TYPE, out -> report.write(sections, out));
  }

  // ------------------------------------------------------------------ Art. 15 documents

  private byte[] dossierJson(MemberService.MemberDossier d) {
    Member m = d.member();
    JsonObjectBuilder member = Json.createObjectBuilder();
    put(member, "id", m.id());
    put(member, "clubId", m.clubId());
    put(member, "club", clubName());
    put(member, "memberNumber", m.memberNumber());
    put(member, "salutation", m.salutation());
    put(member, "firstName", m.firstName());
    put(member, "lastName", m.lastName());
    put(member, "birthDate", m.birthDate());
    put(member, "gender", m.gender());
    JsonObjectBuilder address = Json.createObjectBuilder();
    if (m.address() != null) {
      put(address, "street", m.address().street());
      put(address, "postalCode", m.address().postalCode());
      put(address, "city", m.address().city());
    }
    member.add("address", address);
    put(member, "municipalityAgs", m.municipalityAgs());
    put(member, "phone", m.phone());
    put(member, "email", m.email());
    put(member, "status", m.status());
    put(member, "membershipType", m.membershipType());
    put(member, "feeCategory", m.feeCategory());
    put(member, "entryDate", m.entryDate());
    put(member, "exitDate", m.exitDate());
    put(member, "linkedPersonId", m.personId());
    JsonObjectBuilder guardian = Json.createObjectBuilder();
    put(guardian, "name", m.guardianName());
    put(guardian, "phone", m.guardianPhone());
    put(guardian, "email", m.guardianEmail());
    member.add("guardian", guardian);
    JsonObjectBuilder check = Json.createObjectBuilder();
    check.add("inspected", m.recordCheckInspected());
    put(check, "certificateDate", m.recordCheckCertificateDate());
    check.add("excluded", m.recordCheckExcluded());
    put(check, "youthWorkEnd", m.youthWorkEnd());
    put(check, "deleteBy", m.recordCheckDeleteBy());
    member.add("recordCheck", check);
    JsonArrayBuilder departments = Json.createArrayBuilder();
    for (MemberDepartment md : m.departments()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "departmentId", md.departmentId());
      put(o, "department", md.department().name());
      put(o, "entryDate", md.entryDate());
      departments.add(o);
    }
    member.add("departments", departments);
    JsonArrayBuilder functions = Json.createArrayBuilder();
    for (MemberFunction f : m.functions()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "kind", f.kind());
      put(o, "title", f.title());
      put(o, "department", Optional.ofNullable(f.department()).map(Department::name).orElse(null));
      put(o, "termStart", f.termStart());
      put(o, "termEnd", f.termEnd());
      functions.add(o);
    }
    member.add("functions", functions);
    JsonArrayBuilder consents = Json.createArrayBuilder();
    for (MemberConsent c : m.consents()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "kind", c.kind());
      o.add("granted", c.granted());
      put(o, "consentDate", c.consentDate());
      put(o, "withdrawnOn", c.withdrawnOn());
      put(o, "recordedAt", c.recordedAt());
      consents.add(o);
    }
    member.add("consents", consents);
    JsonArrayBuilder qualifications = Json.createArrayBuilder();
    for (MemberQualification q : m.qualifications()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "kind", q.kind());
      put(o, "name", q.name());
      put(o, "issuedOn", q.issuedOn());
      put(o, "expiresOn", q.expiresOn());
      qualifications.add(o);
    }
    member.add("qualifications", qualifications);
    JsonArrayBuilder family = Json.createArrayBuilder();
    for (FamilyLink l : m.familyLinks()) {
      family.add(link(l, l.related(), "names"));
    }
    for (FamilyLink l : d.linkedAsRelated()) {
      family.add(link(l, l.member(), "namedBy"));
    }
    member.add("family", family);
    JsonObjectBuilder retention = Json.createObjectBuilder();
    put(retention, "anonymiseAfter", m.anonymiseAfter());
    put(retention, "anonymisedOn", m.anonymisedOn());
    put(retention, "createdAt", m.createdAt());
    member.add("retention", retention);
    JsonArrayBuilder history = Json.createArrayBuilder();
    for (MemberChange c : d.history()) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      put(o, "changedAt", c.changedAt());
      put(o, "actor", c.actorName());
      put(o, "action", c.action());
      put(o, "field", c.field());
      put(o, "oldValue", c.oldValue());
      put(o, "newValue", c.newValue());
      history.add(o);
    }
    member.add("history", history);
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("kind", "Auskunft nach Art. 15 DSGVO / GDPR Art. 15 access request")
            .add("generatedOn", today().toString())
            .add("member", member);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (JsonWriter w =
        Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
      w.writeObject(root.build());
    }
    return bytes.toByteArray();
  }

  private static JsonObjectBuilder link(FamilyLink l, Member other, String direction) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    o.add("direction", direction);
    put(o, "relation", l.relation());
    put(o, "memberId", other.id());
    put(o, "memberNumber", other.memberNumber());
    put(o, "name", other.fullName());
    return o;
  }

  private static void put(JsonObjectBuilder o, String key, Object value) {
    if (value == null) {
      o.addNull(key);
    } else if (value instanceof Number n) {
      o.add(key, n.longValue());
    } else if (value instanceof Enum<?> e) {
      o.add(key, e.name());
    } else {
      o.add(key, value.toString());
    }
  }

  private List<Section> dossierSections(MemberService.MemberDossier d, Locale locale) {
    Member m = d.member();
    List<Section> s = new ArrayList<>();
    s.add(
        Section.of(
            text(locale, "export.dossier.master"),
            KeyValues.of(
                MemberField.NUMBER.label(locale), m.memberNumber(),
                MemberField.SALUTATION.label(locale), m.salutation(),
                MemberField.NAME.label(locale), m.fullName(),
                MemberField.BIRTH_DATE.label(locale), m.birthDate(),
                MemberField.GENDER.label(locale), label(locale, "gender.", m.gender()),
                MemberField.ADDRESS.label(locale),
                    m.address() == null ? null : m.address().toString(),
                MemberField.MUNICIPALITY.label(locale), m.municipalityAgs(),
                MemberField.PHONE.label(locale), m.phone(),
                MemberField.EMAIL.label(locale), m.email(),
                MemberField.STATUS.label(locale), label(locale, "memberStatus.", m.status()),
                MemberField.MEMBERSHIP_TYPE.label(locale),
                    m.membershipType() == null ? null : m.membershipType().label(locale),
                MemberField.FEE_CATEGORY.label(locale), m.feeCategory(),
                MemberField.ENTRY_DATE.label(locale), m.entryDate(),
                MemberField.EXIT_DATE.label(locale), m.exitDate(),
                MemberField.GUARDIAN.label(locale),
                    join(m.guardianName(), m.guardianPhone(), m.guardianEmail()))));
    s.add(
        Section.of(
            MemberField.DEPARTMENTS.label(locale),
            new SmallTable(
                headers(locale, "export.col.department", "export.col.since"),
                m.departments().stream()
                    .map(md -> List.<Object>of(md.department().name(), md.entryDate()))
                    .map(r -> (List<?>) r)
                    .collect(java.util.stream.Collectors.<List<?>>toList()))));
    s.add(
        Section.of(
            MemberField.FUNCTIONS.label(locale),
            new SmallTable(
                headers(
                    locale,
                    "export.col.function",
                    "export.col.department",
                    "export.col.from",
                    "export.col.until"),
                m.functions().stream()
                    .map(
                        f ->
                            row(
                                join(f.kind().label(locale), f.title()),
                                f.department() == null ? null : f.department().name(),
                                f.termStart(),
                                f.termEnd()))
                    .collect(java.util.stream.Collectors.<List<?>>toList()))));
    s.add(
        Section.of(
            MemberField.CONSENTS.label(locale),
            new SmallTable(
                headers(
                    locale,
                    "export.col.consent",
                    "export.col.granted",
                    "export.col.date",
                    "export.col.withdrawn",
                    "export.col.recorded"),
                m.consents().stream()
                    .map(
                        c ->
                            row(
                                c.kind().label(locale),
                                c.granted(),
                                c.consentDate(),
                                c.withdrawnOn(),
                                c.recordedAt()))
                    .collect(java.util.stream.Collectors.<List<?>>toList()))));
    s.add(
        Section.of(
            MemberField.QUALIFICATIONS.label(locale),
            new SmallTable(
                headers(
                    locale, "export.col.qualification", "export.col.issued", "export.col.expires"),
                m.qualifications().stream()
                    .map(q -> row(q.displayName(locale), q.issuedOn(), q.expiresOn()))
                    .collect(java.util.stream.Collectors.<List<?>>toList()))));
    s.add(
        Section.of(
            text(locale, "export.dossier.recordCheck"),
            KeyValues.of(
                text(locale, "export.col.inspected"), m.recordCheckInspected(),
                text(locale, "export.col.certificateDate"), m.recordCheckCertificateDate(),
                text(locale, "export.col.excluded"), m.recordCheckExcluded(),
                text(locale, "export.col.youthWorkEnd"), m.youthWorkEnd(),
                text(locale, "export.col.deleteBy"), m.recordCheckDeleteBy())));
    List<List<?>> family = new ArrayList<>();
    m.familyLinks()
        .forEach(l -> family.add(row(l.relation().label(locale), l.related().fullName())));
    d.linkedAsRelated()
        .forEach(
            l ->
                family.add(
                    row(
                        text(locale, "export.dossier.namedBy", l.relation().label(locale)),
                        l.member().fullName())));
    s.add(
        Section.of(
            MemberField.FAMILY.label(locale),
            new SmallTable(headers(locale, "export.col.relation", "export.col.member"), family)));
    s.add(
        Section.of(
            text(locale, "export.dossier.retention"),
            KeyValues.of(
                text(locale, "export.col.createdAt"), m.createdAt(),
                text(locale, "export.col.anonymiseAfter"), m.anonymiseAfter())));
    s.add(
        Section.of(
            MemberField.HISTORY.label(locale),
            new SmallTable(
                headers(
                    locale,
                    "export.col.when",
                    "export.col.who",
                    "export.col.field",
                    "export.col.old",
                    "export.col.new"),
                d.history().stream()
                    .map(
                        c ->
                            row(
                                c.changedAt(),
                                c.actorName(),
                                historyField(locale, c.field()),
                                c.oldValue(),
                                c.newValue()))
                    .collect(java.util.stream.Collectors.<List<?>>toList()))));
    return s;
  }

  // ------------------------------------------------------------------ helpers

  private static String historyField(Locale locale, String field) {
    String key = "memberChange.field." + field;
    String text = de.heldenhelfer.shared.Messages.get(locale, key);
    return text.equals(key) ? field : text;
  }

  private static List<?> row(Object... values) {
    return Arrays.asList(values);
  }

  private static List<String> headers(Locale locale, String... keys) {
    return Arrays.stream(keys).map(k -> text(locale, k)).toList();
  }

  private static String label(Locale locale, String prefix, Enum<?> value) {
    return value == null
        ? null
        : de.heldenhelfer.shared.Messages.get(locale, prefix + value.name());
  }

  private static String join(String... parts) {
    String s =
        Arrays.stream(parts)
            .filter(Objects::nonNull)
            .filter(p -> !p.isBlank())
            .reduce((a, b) -> a + ", " + b)
            .orElse(null);
    return s;
  }

  private String clubName() {
    long clubId = tenant.requireClubId();
    return actor.principal().flatMap(p -> p.club(clubId)).map(c -> c.clubName()).orElse("");
  }

  private static LocalDate today() {
    return LocalDate.now(MemberService.ZONE);
  }

  static String text(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle("de.heldenhelfer.web.texts", locale).getString(key);
    return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(args);
  }
}
