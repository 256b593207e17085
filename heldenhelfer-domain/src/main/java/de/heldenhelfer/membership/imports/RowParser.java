package de.heldenhelfer.membership.imports;

import de.heldenhelfer.membership.Gender;
import de.heldenhelfer.membership.MemberDraft;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.membership.MembershipType;
import de.heldenhelfer.reports.CellParsers;
import de.heldenhelfer.reports.CellResult;
import de.heldenhelfer.reports.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one row of an imported list into a {@link MemberDraft} with {@link CellParsers}: German
 * dates, genders and statuses as clubs write them. What cannot be read becomes a {@link
 * RowProblem}; the rules of the membership itself are checked later by the entity.
 */
public final class RowParser {
  private static final Map<String, Gender> GENDERS =
      Map.ofEntries(
          Map.entry("m", Gender.M),
          Map.entry("maennlich", Gender.M),
          Map.entry("mann", Gender.M),
          Map.entry("male", Gender.M),
          Map.entry("herr", Gender.M),
          Map.entry("w", Gender.W),
          Map.entry("weiblich", Gender.W),
          Map.entry("frau", Gender.W),
          Map.entry("f", Gender.W),
          Map.entry("female", Gender.W),
          Map.entry("d", Gender.D),
          Map.entry("divers", Gender.D),
          Map.entry("diverse", Gender.D),
          Map.entry("x", Gender.X),
          Map.entry("oa", Gender.X),
          Map.entry("ohneangabe", Gender.X),
          Map.entry("keineangabe", Gender.X),
          Map.entry("unknown", Gender.X));

  private static final Map<String, MemberStatus> STATUSES =
      Map.ofEntries(
          Map.entry("aktiv", MemberStatus.ACTIVE),
          Map.entry("active", MemberStatus.ACTIVE),
          Map.entry("a", MemberStatus.ACTIVE),
          Map.entry("passiv", MemberStatus.PASSIVE),
          Map.entry("passive", MemberStatus.PASSIVE),
          Map.entry("p", MemberStatus.PASSIVE),
          Map.entry("ehrenmitglied", MemberStatus.HONORARY),
          Map.entry("ehren", MemberStatus.HONORARY),
          Map.entry("honorary", MemberStatus.HONORARY),
          Map.entry("ausgetreten", MemberStatus.LEFT),
          Map.entry("left", MemberStatus.LEFT),
          Map.entry("ehemalig", MemberStatus.LEFT));

  private static final Map<String, MembershipType> TYPES =
      Map.ofEntries(
          Map.entry("erwachsene", MembershipType.ADULT),
          Map.entry("erwachsener", MembershipType.ADULT),
          Map.entry("erwachsen", MembershipType.ADULT),
          Map.entry("adult", MembershipType.ADULT),
          Map.entry("vollmitglied", MembershipType.ADULT),
          Map.entry("jugend", MembershipType.YOUTH),
          Map.entry("jugendliche", MembershipType.YOUTH),
          Map.entry("kind", MembershipType.YOUTH),
          Map.entry("kinder", MembershipType.YOUTH),
          Map.entry("kinderundjugendliche", MembershipType.YOUTH),
          Map.entry("youth", MembershipType.YOUTH),
          Map.entry("ermaessigt", MembershipType.REDUCED),
          Map.entry("reduced", MembershipType.REDUCED),
          Map.entry("schueler", MembershipType.REDUCED),
          Map.entry("student", MembershipType.REDUCED),
          Map.entry("familie", MembershipType.FAMILY),
          Map.entry("family", MembershipType.FAMILY),
          Map.entry("foerdermitglied", MembershipType.SUPPORTING),
          Map.entry("foerdernd", MembershipType.SUPPORTING),
          Map.entry("supporting", MembershipType.SUPPORTING),
          Map.entry("ehrenmitglied", MembershipType.HONORARY),
          Map.entry("honorary", MembershipType.HONORARY));

  private final ColumnMapping mapping;
  private final LocalDate today;

  public RowParser(ColumnMapping mapping, LocalDate today) {
    this.mapping = mapping;
    this.today = today;
  }

  /**
   * The result for one row: the draft (only mapped, non-empty cells set), the department names the
   * row names (as written, without duplicates) and the problems.
   */
  public record ParsedRow(
      int rowNumber,
      MemberDraft draft,
      Set<ImportField> filled,
      List<String> departments,
      List<RowProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public ParsedRow parse(SheetRow row) {
    int n = row.rowNumber();
    MemberDraft d = new MemberDraft();
    Set<ImportField> filled = EnumSet.noneOf(ImportField.class);
    List<RowProblem> problems = new ArrayList<>();
    List<String> departments = new ArrayList<>();
    for (Map.Entry<Integer, ImportField> e : mapping.asMap().entrySet()) {
      Object raw = row.value(e.getKey());
      ImportField f = e.getValue();
      String text = CellParsers.text(raw);
      if (text == null) {
        continue;
      }
      switch (f) {
        case MEMBER_NUMBER -> d.setMemberNumber(memberNumber(raw, text));
        case SALUTATION -> d.setSalutation(text);
        case LAST_NAME -> d.setLastName(text);
        case FIRST_NAME -> d.setFirstName(text);
        case BIRTH_DATE -> d.setBirthDate(date(raw, n, f, problems));
        case ENTRY_DATE -> d.setEntryDate(date(raw, n, f, problems));
        case EXIT_DATE -> d.setExitDate(date(raw, n, f, problems));
        case GENDER -> d.setGender(lookup(GENDERS, text, n, f, problems, "import.row.gender"));
        case STREET -> d.setStreet(text);
        case POSTAL_CODE -> d.setPostalCode(postalCode(raw, text));
        case CITY -> d.setCity(text);
        case PHONE -> d.setPhone(text);
        case MOBILE -> {
          // the member has one phone number: the mobile number when there is no other
        }
        case EMAIL -> d.setEmail(text);
        case STATUS -> d.setStatus(lookup(STATUSES, text, n, f, problems, "import.row.status"));
        case MEMBERSHIP_TYPE ->
            d.setMembershipType(lookup(TYPES, text, n, f, problems, "import.row.membershipType"));
        case FEE_CATEGORY -> d.setFeeCategory(text);
        case GUARDIAN_NAME -> d.setGuardianName(text);
        case GUARDIAN_PHONE -> d.setGuardianPhone(text);
        case GUARDIAN_EMAIL -> d.setGuardianEmail(text);
        case DEPARTMENTS -> departments.addAll(departmentNames(text));
      }
      filled.add(f);
    }
    int mobile = mapping.column(ImportField.MOBILE);
    if (mobile >= 0 && d.getPhone() == null) {
      d.setPhone(CellParsers.text(row.value(mobile)));
      if (d.getPhone() != null) {
        filled.add(ImportField.PHONE);
      }
    }
    if (d.getGender() == null && d.getSalutation() != null) {
      Gender g = GENDERS.get(ImportField.normalize(d.getSalutation()));
      if (g == Gender.M || g == Gender.W) {
        d.setGender(g);
        filled.add(ImportField.GENDER);
      }
    }
    if (d.getLastName() == null) {
      problems.add(RowProblem.of(n, "import.row.required", ImportField.LAST_NAME));
    }
    if (d.getFirstName() == null) {
      problems.add(RowProblem.of(n, "import.row.required", ImportField.FIRST_NAME));
    }
    return new ParsedRow(n, d, filled, List.copyOf(departments), problems);
  }

  /** Department names compare ignoring case, also "FUSSBALL" = "Fußball". */
  public static String departmentKey(String name) {
    return name.strip().toLowerCase(Locale.GERMAN).replace("ß", "ss");
  }

  /** "Fußball; Tennis, fußball" → [Fußball, Tennis]: split, trimmed, duplicates ignoring case. */
  static List<String> departmentNames(String text) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (String part : text.split("[,;]")) {
      String name = part.strip();
      if (!name.isEmpty() && seen.add(departmentKey(name))) {
        names.add(name);
      }
    }
    return names;
  }

  private LocalDate date(Object raw, int row, ImportField f, List<RowProblem> problems) {
    CellResult<LocalDate> r = CellParsers.date(raw, row, f.name(), today);
    if (r.error() != null) {
      problems.add(RowProblem.of(row, "import.row.date", f, r.error().value()));
      return null;
    }
    return r.value();
  }

  private static <T> T lookup(
      Map<String, T> values,
      String text,
      int row,
      ImportField f,
      List<RowProblem> problems,
      String key) {
    T v = values.get(ImportField.normalize(text));
    if (v == null) {
      problems.add(RowProblem.of(row, key, f, text));
    }
    return v;
  }

  /** Excel stores "00123" typed as number as 123; numbers come without decimals. */
  private static String memberNumber(Object raw, String text) {
    if (raw instanceof java.math.BigDecimal b) {
      return b.stripTrailingZeros().toPlainString();
    }
    return text;
  }

  /** A postal code Excel stored as number lost its leading zero ("1067" → "01067"). */
  private static String postalCode(Object raw, String text) {
    if (raw instanceof java.math.BigDecimal b) {
      String s = b.stripTrailingZeros().toPlainString();
      return s.length() == 4 ? "0" + s : s;
    }
    return text;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.GERMAN);
  }
}
