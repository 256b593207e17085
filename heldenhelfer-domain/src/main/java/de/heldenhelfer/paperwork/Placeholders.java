package de.heldenhelfer.paperwork;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.membership.FunctionKind;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.reports.templates.ValueType;
import de.heldenhelfer.shared.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The placeholder names templates may use for club and member data (docs/templates.md), their
 * types, their German labels for "missing" messages, and their values for one club and member.
 */
public final class Placeholders {
  /** The register court of the region's Vereinsregister. */
  public static final String REGISTER_COURT = "Amtsgericht Würzburg – Registergericht –";

  private static final Map<String, ValueType> CLUB = new LinkedHashMap<>();
  private static final Map<String, ValueType> MEMBER = new LinkedHashMap<>();

  static {
    for (String n :
        List.of(
            "name",
            "registerNumber",
            "registerCourt",
            "street",
            "postalCode",
            "city",
            "address",
            "email",
            "phone",
            "website",
            "purpose",
            "chair",
            "viceChair",
            "treasurer",
            "secretary",
            "taxOffice",
            "taxNumber")) {
      CLUB.put("club." + n, ValueType.TEXT);
    }
    CLUB.put("club.exemptionNoticeDate", ValueType.DATE);
    CLUB.put("club.board", ValueType.LIST);
    CLUB.put("today", ValueType.DATE);
    for (String n :
        List.of(
            "salutation",
            "firstName",
            "lastName",
            "fullName",
            "street",
            "postalCode",
            "city",
            "memberNumber",
            "email",
            "guardianName")) {
      MEMBER.put("member." + n, ValueType.TEXT);
    }
    MEMBER.put("member.birthDate", ValueType.DATE);
    MEMBER.put("member.entryDate", ValueType.DATE);
  }

  private Placeholders() {}

  /** Every name a template may use besides its own inputs, with its type. */
  public static Map<String, ValueType> known() {
    Map<String, ValueType> all = new LinkedHashMap<>(CLUB);
    all.putAll(MEMBER);
    return Collections.unmodifiableMap(all);
  }

  /** The label of a placeholder for messages ("Registernummer des Vereins"). */
  public static String label(String name, Locale locale) {
    String text = Messages.get(locale, "placeholder." + name);
    return text.equals("placeholder." + name) ? name : text;
  }

  /** The club's values; office holders by the functions open today. */
  static Map<String, Object> club(Club c, List<OfficeHolder> officers, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("club.name", c.name());
    v.put("club.registerNumber", c.registerNumber());
    v.put("club.registerCourt", REGISTER_COURT);
    if (c.address() != null) {
      v.put("club.street", c.address().street());
      v.put("club.postalCode", c.address().postalCode());
      v.put("club.city", c.address().city());
      v.put(
          "club.address",
          oneLine(c.address().street(), c.address().postalCode(), c.address().city()));
    }
    v.put("club.email", c.email());
    v.put("club.phone", c.phone());
    v.put("club.website", c.website());
    v.put("club.purpose", c.purpose());
    v.put("club.exemptionNoticeDate", c.exemptionNoticeDate());
    v.put("club.taxOffice", c.paperwork().taxOffice());
    v.put("club.taxNumber", c.paperwork().taxNumber());
    List<String> board = new ArrayList<>();
    for (OfficeHolder o : officers) {
      String key =
          switch (o.kind()) {
            case CHAIR -> "club.chair";
            case VICE_CHAIR -> "club.viceChair";
            case TREASURER -> "club.treasurer";
            case SECRETARY -> "club.secretary";
            default -> null;
          };
      if (key != null) {
        v.merge(key, o.name(), (a, b) -> a + ", " + b);
      }
      if (o.kind().isBoard()) {
        board.add(o.name() + " (" + o.function() + ")");
      }
    }
    v.put("club.board", board);
    v.put("today", today);
    return v;
  }

  /** The member's values. */
  static Map<String, Object> member(Member m) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("member.salutation", m.salutation());
    v.put("member.firstName", m.firstName());
    v.put("member.lastName", m.lastName());
    v.put("member.fullName", m.fullName());
    if (m.address() != null) {
      v.put("member.street", m.address().street());
      v.put("member.postalCode", m.address().postalCode());
      v.put("member.city", m.address().city());
    }
    v.put("member.birthDate", m.birthDate());
    v.put("member.memberNumber", m.memberNumber());
    v.put("member.entryDate", m.entryDate());
    v.put("member.email", m.email());
    v.put("member.guardianName", m.guardianName());
    return v;
  }

  private static String oneLine(String street, String postalCode, String city) {
    String place =
        ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
    if (street == null || street.isBlank()) {
      return place;
    }
    return place.isEmpty() ? street : street + ", " + place;
  }

  /** A member holding a function today. */
  record OfficeHolder(FunctionKind kind, String function, String name) {}
}
