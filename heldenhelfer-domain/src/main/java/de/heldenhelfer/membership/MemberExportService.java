package de.heldenhelfer.membership;

import de.heldenhelfer.club.Department;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Member exports (lists, labels, attendance lists, the Art. 15 dossier) as plain values: the web
 * module turns them into xlsx, csv and PDF with the reports library (which depends on this module,
 * so the service cannot call it; see ADR 0006).
 *
 * <p>The same rules as the member list: tenancy confines every query to the request's club, {@link
 * MemberScope} confines trainers and department leads to their departments, and {@link
 * MemberField#visibleTo} decides the columns – requested columns the actor may not see are dropped.
 * Members are read from the database in chunks of {@value #CHUNK} (ids first, then one statement
 * per chunk and per kind of part), each chunk in a transaction of its own, so 10,000 members never
 * sit in memory at once and there is no statement per member.
 */
@ApplicationScoped
public class MemberExportService {
  /** Members read per statement. */
  public static final int CHUNK = 500;

  /** Columns of a list export when none are chosen. */
  public static final List<MemberField> DEFAULT_COLUMNS =
      List.of(
          MemberField.NUMBER,
          MemberField.NAME,
          MemberField.BIRTH_DATE,
          MemberField.ADDRESS,
          MemberField.PHONE,
          MemberField.EMAIL,
          MemberField.STATUS,
          MemberField.ENTRY_DATE,
          MemberField.DEPARTMENTS);

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMANY);

  @Inject EntityManager em;
  @Inject MemberService members;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject MemberExportService self;

  /**
   * One exported member: the values of the chosen columns ({@code String}, {@code LocalDate},
   * {@code Integer} or {@code null}) plus the lines of an address label.
   */
  public record Row(long id, Map<MemberField, Object> values, List<String> labelLines) {
    public Row {
      values = Collections.unmodifiableMap(values);
      labelLines = List.copyOf(labelLines);
    }

    public Object get(MemberField field) {
      return values.get(field);
    }
  }

  /**
   * A prepared export: the columns that will be written and the members, read lazily in chunks
   * while the stream is consumed (within the same request).
   */
  public record Export(List<MemberField> columns, int size, Stream<Row> rows) {}

  /**
   * The list export of the members matching {@code query} with the {@code requested} columns (the
   * default columns if empty) that the actor may see. Refused (403) when none of them is visible.
   */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  public Export list(MemberQuery query, List<MemberField> requested, Locale locale) {
    List<MemberField> columns = self.columns(requested);
    if (columns.isEmpty()) {
      throw new AccessDeniedException();
    }
    List<Long> ids = self.ids(query);
    return new Export(columns, ids.size(), stream(ids, columns, locale));
  }

  /**
   * Address labels (name, street, postcode and town) for the members matching {@code query}; needs
   * the address column (board).
   */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  public Export labels(MemberQuery query, Locale locale) {
    return strict(query, List.of(MemberField.NAME, MemberField.ADDRESS), locale);
  }

  /** Name and member number of the members matching {@code query}, for the attendance list. */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  public Export attendance(MemberQuery query, Locale locale) {
    return strict(query, List.of(MemberField.NAME, MemberField.NUMBER), locale);
  }

  private Export strict(MemberQuery query, List<MemberField> needed, Locale locale) {
    if (!self.columns(needed).containsAll(needed)) {
      throw new AccessDeniedException();
    }
    List<Long> ids = self.ids(query);
    return new Export(needed, ids.size(), stream(ids, needed, locale));
  }

  /**
   * Everything stored about one member for the Art. 15 DSGVO export (board only: the dossier
   * includes the history); another club's or an invisible member is "not found".
   */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  @Transactional
  public MemberService.MemberDossier dossier(long memberId) {
    MemberService.MemberDossier d = members.dossier(memberId);
    d.member().functions().forEach(f -> f.termStart());
    return d;
  }

  /** The columns of {@code requested} (default columns if empty) the actor may see, in order. */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  @Transactional
  public List<MemberField> columns(List<MemberField> requested) {
    Set<MemberField> visible = visibleFields();
    Collection<MemberField> wanted =
        requested == null || requested.isEmpty() ? DEFAULT_COLUMNS : requested;
    return new LinkedHashSet<>(wanted)
        .stream().filter(visible::contains).filter(f -> f != MemberField.HISTORY).toList();
  }

  /** The ids of the members matching {@code query} the actor may see, in list order. */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  @Transactional
  public List<Long> ids(MemberQuery query) {
    MemberQuery q = query == null ? MemberQuery.all() : query;
    MemberQuery.Jpql jpql = q.jpql(today(), scope());
    TypedQuery<Long> tq =
        em.createQuery("SELECT m.id FROM Member m" + jpql.where() + q.orderBy(), Long.class);
    jpql.parameters().forEach(tq::setParameter);
    return tq.getResultList();
  }

  /**
   * One chunk of rows for {@code ids} (at most {@value #CHUNK}), in the order of {@code ids}; ids
   * the actor may not see (another club, another department) are skipped. Columns the actor may not
   * see are never filled.
   */
  @RequiresPermission(Permission.MEMBER_EXPORT)
  @Transactional
  public List<Row> rows(List<Long> ids, List<MemberField> columns, Locale locale) {
    if (ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > CHUNK) {
      throw new IllegalArgumentException("at most " + CHUNK + " ids per chunk");
    }
    Set<MemberField> visible = visibleFields();
    Set<MemberField> cols =
        columns.stream()
            .filter(visible::contains)
            .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(MemberField.class)));
    TypedQuery<Member> q =
        em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "m.departments");
    if (cols.contains(MemberField.FUNCTIONS)) {
      q.setHint("eclipselink.batch", "m.functions");
    }
    if (cols.contains(MemberField.CONSENTS)) {
      q.setHint("eclipselink.batch", "m.consents");
    }
    if (cols.contains(MemberField.QUALIFICATIONS)) {
      q.setHint("eclipselink.batch", "m.qualifications");
    }
    if (cols.contains(MemberField.FAMILY)) {
      q.setHint("eclipselink.batch", "m.familyLinks");
      q.setHint("eclipselink.batch", "m.familyLinks.related");
    }
    Map<Long, Member> byId =
        q.getResultList().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    MemberScope scope = scope();
    Map<Long, String> departments = departmentNames();
    Map<String, String> municipalities =
        cols.contains(MemberField.MUNICIPALITY) ? municipalityNames(byId.values()) : Map.of();
    LocalDate today = today();
    List<Row> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Member m = byId.get(id);
      if (m == null
          || !scope.includesAnyOf(
              m.departments().stream()
                  .map(MemberDepartment::departmentId)
                  .collect(Collectors.toSet()))) {
        continue;
      }
      Map<MemberField, Object> values = new EnumMap<>(MemberField.class);
      for (MemberField f : cols) {
        values.put(f, value(f, m, today, locale, departments, municipalities));
      }
      out.add(new Row(m.id(), values, labelLines(m, cols)));
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  private Set<MemberField> visibleFields() {
    return MemberField.visibleTo(actor.principal().orElse(null), tenant.clubId().orElse(null));
  }

  private MemberScope scope() {
    return MemberScope.of(actor.principal().orElse(null), tenant.clubId().orElse(null));
  }

  private static LocalDate today() {
    return LocalDate.now(MemberService.ZONE);
  }

  private Stream<Row> stream(List<Long> ids, List<MemberField> columns, Locale locale) {
    Iterator<Row> it =
        new Iterator<>() {
          private int next;
          private Iterator<Row> chunk = Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!chunk.hasNext() && next < ids.size()) {
              int end = Math.min(ids.size(), next + CHUNK);
              chunk =
                  self.rows(new ArrayList<>(ids.subList(next, end)), columns, locale).iterator();
              next = end;
            }
            return chunk.hasNext();
          }

          @Override
          public Row next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return chunk.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliterator(it, ids.size(), Spliterator.ORDERED), false);
  }

  private Map<Long, String> departmentNames() {
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT d FROM Department d", Department.class)
        .getResultList()
        .forEach(d -> names.put(d.id(), d.name()));
    return names;
  }

  private Map<String, String> municipalityNames(Collection<Member> ms) {
    List<String> ags =
        ms.stream().map(Member::municipalityAgs).filter(Objects::nonNull).distinct().toList();
    if (ags.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT mu FROM Municipality mu WHERE mu.ags IN :ags", Municipality.class)
        .setParameter("ags", ags)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Municipality::ags, Municipality::name));
  }

  private static List<String> labelLines(Member m, Set<MemberField> cols) {
    if (!cols.contains(MemberField.ADDRESS) || !cols.contains(MemberField.NAME)) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(join(" ", m.firstName(), m.lastName()));
    if (m.address() != null) {
      // imported members may have a city without street, or the other way round
      lines.add(m.address().street());
      lines.add(join(" ", m.address().postalCode(), m.address().city()));
    }
    lines.removeIf(l -> l == null || l.isBlank());
    return lines;
  }

  private static Object value(
      MemberField f,
      Member m,
      LocalDate today,
      Locale locale,
      Map<Long, String> departments,
      Map<String, String> municipalities) {
    return switch (f) {
      case NUMBER -> m.memberNumber();
      case NAME -> join(", ", m.lastName(), m.firstName());
      case SALUTATION -> m.salutation();
      case BIRTH_DATE -> m.birthDate();
      case AGE -> m.ageOn(today);
      case GENDER -> m.gender() == null ? null : Messages.get(locale, "gender." + m.gender());
      case ADDRESS ->
          m.address() == null
              ? null
              : join(
                  ", ",
                  m.address().street(),
                  join(" ", m.address().postalCode(), m.address().city()));
      case MUNICIPALITY ->
          m.municipalityAgs() == null
              ? null
              : municipalities.getOrDefault(m.municipalityAgs(), m.municipalityAgs());
      case PHONE -> m.phone();
      case EMAIL -> m.email();
      case STATUS -> m.status() == null ? null : Messages.get(locale, "memberStatus." + m.status());
      case ENTRY_DATE -> m.entryDate();
      case EXIT_DATE -> m.exitDate();
      case MEMBERSHIP_TYPE -> m.membershipType() == null ? null : m.membershipType().label(locale);
      case FEE_CATEGORY -> m.feeCategory();
      case DEPARTMENTS ->
          joinAll(
              m.departments().stream()
                  .map(d -> departments.getOrDefault(d.departmentId(), "?"))
                  .sorted());
      case FUNCTIONS ->
          joinAll(
              m.functions().stream()
                  .filter(fn -> fn.isOpenOn(today))
                  .map(
                      fn ->
                          join(
                              " ",
                              fn.kind().label(locale),
                              fn.title(),
                              fn.department() == null
                                  ? null
                                  : "(" + departments.get(fn.department().id()) + ")")));
      case CONSENTS ->
          joinAll(
              m.consents().stream()
                  .filter(MemberConsent::isGiven)
                  .map(c -> c.kind().label(locale)));
      case QUALIFICATIONS ->
          joinAll(
              m.qualifications().stream()
                  .map(
                      q ->
                          q.expiresOn() == null
                              ? q.displayName(locale)
                              : Messages.get(
                                  locale,
                                  "export.qualification.until",
                                  q.displayName(locale),
                                  DATE.format(q.expiresOn()))));
      case GUARDIAN -> join(", ", m.guardianName(), m.guardianPhone(), m.guardianEmail());
      case FAMILY ->
          joinAll(
              m.familyLinks().stream()
                  .map(l -> l.relation().label(locale) + ": " + l.related().fullName()));
      case RECORD_CHECK -> recordCheck(m, locale);
      case HISTORY -> null;
    };
  }

  private static String recordCheck(Member m, Locale locale) {
    if (!m.recordCheckInspected()) {
      return null;
    }
    String date =
        m.recordCheckCertificateDate() == null ? "" : DATE.format(m.recordCheckCertificateDate());
    return Messages.get(
        locale,
        m.recordCheckExcluded() ? "export.recordCheck.excluded" : "export.recordCheck.inspected",
        date);
  }

  private static String join(String sep, String... parts) {
    String s =
        Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    return s.isEmpty() ? null : s;
  }

  private static String joinAll(Stream<String> parts) {
    String s = parts.filter(Objects::nonNull).collect(Collectors.joining(", "));
    return s.isEmpty() ? null : s;
  }
}
