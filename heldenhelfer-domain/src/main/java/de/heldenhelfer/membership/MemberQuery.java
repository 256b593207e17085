package de.heldenhelfer.membership;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a member list shows: a search text (name, number or e-mail), filters and the sort column.
 * Immutable; lists build new ones as the user filters ({@code MemberQuery.all().withStatus(…)}).
 * All filters are applied in the database; no user text reaches the JPQL except as parameter.
 *
 * @param search words that must each match the beginning of last name, first name or e-mail, or a
 *     part of the member number
 * @param status only members with this status, or null for all (including former members)
 * @param sort the sort column
 * @param descending sort direction
 * @param departmentId only members of this department, or null
 * @param minAge only members at least this old on {@code ageReferenceDate}, or null
 * @param maxAge only members at most this old on {@code ageReferenceDate}, or null
 * @param ageReferenceDate the Stichtag for ages, or null for today
 * @param function only members holding this function today, or null
 * @param membershipType only members of this membership type, or null
 * @param consent together with {@code consentGiven}: only members whose consent of this kind is in
 *     force (true, also when null) or not in force (false: missing, refused or withdrawn)
 * @param consentGiven see {@code consent}
 * @param qualificationExpiringDays only members with a qualification that expires between today and
 *     this many days from today, or null
 */
public record MemberQuery(
    String search,
    MemberStatus status,
    Sort sort,
    boolean descending,
    Long departmentId,
    Integer minAge,
    Integer maxAge,
    LocalDate ageReferenceDate,
    FunctionKind function,
    MembershipType membershipType,
    ConsentKind consent,
    Boolean consentGiven,
    Integer qualificationExpiringDays)
    implements Serializable {

  /** Sortable columns, mapped to JPQL paths so no user text reaches the query. */
  public enum Sort {
    NAME("m.lastName, m.firstName", false),
    NUMBER("m.memberNumber", false),
    ENTRY("m.entryDate", false),
    BIRTH("m.birthDate", false),
    /** Youngest first when ascending. */
    AGE("m.birthDate", true);

    private final String jpql;
    private final boolean inverted;

    Sort(String jpql, boolean inverted) {
      this.jpql = jpql;
      this.inverted = inverted;
    }

    String jpql(boolean descending) {
      String dir = descending != inverted ? " DESC" : " ASC";
      return String.join(dir + ", ", jpql.split(", ")) + dir;
    }
  }

  public MemberQuery {
    search = search == null ? "" : search.strip();
    sort = sort == null ? Sort.NAME : sort;
    minAge = minAge == null ? null : Math.max(0, minAge);
    maxAge = maxAge == null ? null : Math.max(0, maxAge);
    qualificationExpiringDays =
        qualificationExpiringDays == null ? null : Math.max(0, qualificationExpiringDays);
  }

  /** Search, status and sort only (the list before filters). */
  public MemberQuery(String search, MemberStatus status, Sort sort, boolean descending) {
    this(search, status, sort, descending, null, null, null, null, null, null, null, null, null);
  }

  public static MemberQuery all() {
    return new MemberQuery("", null, Sort.NAME, false);
  }

  // ------------------------------------------------------------------ withers

  public MemberQuery withSearch(String s) {
    return new MemberQuery(
        s,
        status,
        sort,
        descending,
        departmentId,
        minAge,
        maxAge,
        ageReferenceDate,
        function,
        membershipType,
        consent,
        consentGiven,
        qualificationExpiringDays);
  }

  public MemberQuery withStatus(MemberStatus s) {
    return new MemberQuery(
        search,
        s,
        sort,
        descending,
        departmentId,
        minAge,
        maxAge,
        ageReferenceDate,
        function,
        membershipType,
        consent,
        consentGiven,
        qualificationExpiringDays);
  }

  public MemberQuery sortedBy(Sort s, boolean desc) {
    return new MemberQuery(
        search,
        status,
        s,
        desc,
        departmentId,
        minAge,
        maxAge,
        ageReferenceDate,
        function,
        membershipType,
        consent,
        consentGiven,
        qualificationExpiringDays);
  }

  public MemberQuery withDepartment(Long id) {
    return new MemberQuery(
        search,
        status,
        sort,
        descending,
        id,
        minAge,
        maxAge,
        ageReferenceDate,
        function,
        membershipType,
        consent,
        consentGiven,
        qualificationExpiringDays);
  }

  /** Ages from {@code min} to {@code max} (inclusive, either null) on {@code on} (null: today). */
  public MemberQuery withAge(Integer min, Integer max, LocalDate on) {
    return new MemberQuery(
        search,
        status,
        sort,
        descending,
        departmentId,
        min,
        max,
        on,
        function,
        membershipType,
        consent,
        consentGiven,
        qualificationExpiringDays);
  }

  public MemberQuery withFunction(FunctionKind f) {
    return new MemberQuery(
        search,
        status,
        sort,
        descending,
        departmentId,
        minAge,
        maxAge,
        ageReferenceDate,
        f,
        membershipType,
        consent,
        consentGiven,
        qualificationExpiringDays);
  }

  public MemberQuery withMembershipType(MembershipType t) {
    return new MemberQuery(
        search,
        status,
        sort,
        descending,
        departmentId,
        minAge,
        maxAge,
        ageReferenceDate,
        function,
        t,
        consent,
        consentGiven,
        qualificationExpiringDays);
  }

  /** Members whose consent of {@code kind} is in force ({@code given}) or not ({@code !given}). */
  public MemberQuery withConsent(ConsentKind kind, Boolean given) {
    return new MemberQuery(
        search,
        status,
        sort,
        descending,
        departmentId,
        minAge,
        maxAge,
        ageReferenceDate,
        function,
        membershipType,
        kind,
        given,
        qualificationExpiringDays);
  }

  public MemberQuery withQualificationExpiringWithin(Integer days) {
    return new MemberQuery(
        search,
        status,
        sort,
        descending,
        departmentId,
        minAge,
        maxAge,
        ageReferenceDate,
        function,
        membershipType,
        consent,
        consentGiven,
        days);
  }

  // ------------------------------------------------------------------ JPQL

  /** A WHERE clause over {@code m} (a Member) and its parameters. */
  record Jpql(String where, Map<String, Object> parameters) {}

  /** The search words, lower-case, without LIKE wildcards; at most 5. */
  List<String> searchWords() {
    List<String> words = new ArrayList<>();
    for (String w : search.toLowerCase(Locale.ROOT).split("\\s+")) {
      String clean = w.replace("\\", "").replace("%", "").replace("_", "").replace(",", "");
      if (!clean.isEmpty() && words.size() < 5) {
        words.add(clean);
      }
    }
    return words;
  }

  /** The WHERE clause for this query, confined to {@code scope}, with ages relative to today. */
  Jpql jpql(LocalDate today, MemberScope scope) {
    StringBuilder sb = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> p = new LinkedHashMap<>();
    if (!scope.all()) {
      if (scope.departmentIds().isEmpty()) {
        sb.append(" AND 1 = 0");
      } else {
        sb.append(
            " AND EXISTS (SELECT sd FROM MemberDepartment sd WHERE sd.member = m"
                + " AND sd.department.id IN :scopeDepartments)");
        p.put("scopeDepartments", List.copyOf(scope.departmentIds()));
      }
    }
    List<String> words = searchWords();
    for (int i = 0; i < words.size(); i++) {
      String name = "s" + i;
      sb.append(" AND (m.lastName LIKE :")
          .append(name)
          .append(" OR m.firstName LIKE :")
          .append(name)
          .append(" OR m.email LIKE :")
          .append(name)
          .append(" OR m.memberNumber LIKE :")
          .append(name)
          .append("n)");
      p.put(name, words.get(i) + "%");
      // digits alone may sit inside a number ("245" finds "M-000245"); everything else is a
      // prefix, which the member-number index can answer without reading the whole club
      String word = words.get(i);
      p.put(name + "n", (word.chars().allMatch(Character::isDigit) ? "%" : "") + word + "%");
    }
    if (status != null) {
      sb.append(" AND m.status = :status");
      p.put("status", status);
    }
    if (departmentId != null) {
      sb.append(
          " AND EXISTS (SELECT fd FROM MemberDepartment fd WHERE fd.member = m"
              + " AND fd.department.id = :department)");
      p.put("department", departmentId);
    }
    LocalDate ref = ageReferenceDate != null ? ageReferenceDate : today;
    if (minAge != null) {
      // at least minAge years old: born on or before ref minus minAge years
      sb.append(" AND m.birthDate <= :bornUntil");
      p.put("bornUntil", ref.minusYears(minAge));
    }
    if (maxAge != null) {
      // at most maxAge years old: born after ref minus (maxAge + 1) years
      sb.append(" AND m.birthDate > :bornAfter");
      p.put("bornAfter", ref.minusYears(maxAge + 1L));
    }
    if (function != null) {
      sb.append(
          " AND EXISTS (SELECT ff FROM MemberFunction ff WHERE ff.member = m AND ff.kind = :function"
              + " AND ff.termStart <= :today AND (ff.termEnd IS NULL OR ff.termEnd > :today))");
      p.put("function", function);
      p.put("today", today);
    }
    if (membershipType != null) {
      sb.append(" AND m.membershipType = :membershipType");
      p.put("membershipType", membershipType);
    }
    if (consent != null) {
      boolean given = consentGiven == null || consentGiven;
      sb.append(given ? " AND EXISTS" : " AND NOT EXISTS")
          .append(
              " (SELECT fc FROM MemberConsent fc WHERE fc.member = m AND fc.kind = :consent"
                  + " AND fc.granted = TRUE AND fc.withdrawnOn IS NULL)");
      p.put("consent", consent);
    }
    if (qualificationExpiringDays != null) {
      sb.append(
          " AND EXISTS (SELECT fq FROM MemberQualification fq WHERE fq.member = m"
              + " AND fq.expiresOn >= :qualFrom AND fq.expiresOn <= :qualUntil)");
      p.put("qualFrom", today);
      p.put("qualUntil", today.plusDays(qualificationExpiringDays));
    }
    return new Jpql(sb.toString(), p);
  }

  /** The ORDER BY clause (with the id as tie-breaker for stable paging). */
  String orderBy() {
    // the tie-breaker runs in the same direction, so MariaDB can walk one index instead of sorting
    return " ORDER BY "
        + sort.jpql(descending)
        + (descending != sort.inverted ? ", m.id DESC" : ", m.id ASC");
  }

  // ------------------------------------------------------------------ saved form

  /** This query as text ({@code key=value&…}, URL-encoded), for saved filters. */
  public String toText() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("q", search.isEmpty() ? null : search);
    v.put("status", status);
    v.put("sort", sort == Sort.NAME ? null : sort);
    v.put("desc", descending ? "true" : null);
    v.put("dept", departmentId);
    v.put("minAge", minAge);
    v.put("maxAge", maxAge);
    v.put("ageOn", ageReferenceDate);
    v.put("function", function);
    v.put("type", membershipType);
    v.put("consent", consent);
    v.put("consentGiven", consent == null || consentGiven == null ? null : consentGiven);
    v.put("qualDays", qualificationExpiringDays);
    StringBuilder sb = new StringBuilder();
    v.forEach(
        (k, value) -> {
          if (value != null) {
            if (sb.length() > 0) {
              sb.append('&');
            }
            sb.append(k)
                .append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
          }
        });
    return sb.toString();
  }

  /**
   * The query saved by {@link #toText()}; unknown keys and values that no longer fit are left out.
   */
  public static MemberQuery fromText(String text) {
    Map<String, String> v = new LinkedHashMap<>();
    if (text != null) {
      for (String part : text.split("&")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          try {
            v.put(
                part.substring(0, eq),
                URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
          } catch (IllegalArgumentException ignored) {
            // a damaged value is left out
          }
        }
      }
    }
    return new MemberQuery(
        v.getOrDefault("q", ""),
        parse(v.get("status"), MemberStatus::valueOf),
        parse(v.get("sort"), Sort::valueOf),
        "true".equals(v.get("desc")),
        parse(v.get("dept"), Long::valueOf),
        parse(v.get("minAge"), Integer::valueOf),
        parse(v.get("maxAge"), Integer::valueOf),
        parse(v.get("ageOn"), LocalDate::parse),
        parse(v.get("function"), FunctionKind::valueOf),
        parse(v.get("type"), MembershipType::valueOf),
        parse(v.get("consent"), ConsentKind::valueOf),
        parse(v.get("consentGiven"), Boolean::valueOf),
        parse(v.get("qualDays"), Integer::valueOf));
  }

  private static <T> T parse(String value, Function<String, T> parser) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
