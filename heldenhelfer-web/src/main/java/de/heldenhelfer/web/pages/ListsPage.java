package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.ConsentKind;
import de.heldenhelfer.membership.MemberListService;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Ready-made lists for the board's routine: addresses, phone numbers, birthdays, anniversaries,
 * missing consents, expiring qualifications and Führungszeugnis checks. Each is one query in the
 * domain; this page only chooses the list and its parameters and shows the lines.
 */
@Named
@ViewScoped
public class ListsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The lists on offer. */
  public enum Kind {
    ADDRESSES,
    PHONES,
    BIRTHDAYS,
    ANNIVERSARIES,
    WITHOUT_CONSENT,
    QUALIFICATIONS,
    RECORD_CHECKS
  }

  /** A list as shown: headers and rows of text cells, each row linking to its member. */
  public record Table(List<String> headers, List<Row> rows) implements Serializable {}

  /** One line of a list. */
  public record Row(long memberId, List<String> cells) implements Serializable {}

  @Inject MemberListService lists;

  private Kind kind = Kind.BIRTHDAYS;
  private LocalDate from = LocalDate.now(MemberService.ZONE);
  private LocalDate to = LocalDate.now(MemberService.ZONE).plusDays(30);
  private int year = LocalDate.now(MemberService.ZONE).getYear();
  private ConsentKind consent = ConsentKind.PHOTO_PUBLICATION;
  private int days = 90;
  private Table table;

  public void show() {
    try {
      table = build();
    } catch (DomainException e) {
      table = null;
      Texts.error(e);
    }
  }

  private Table build() {
    Locale l = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    MemberQuery all = MemberQuery.all();
    return switch (kind) {
      case ADDRESSES ->
          new Table(
              headers("members.number", "members.name", "memberEdit.street", "memberEdit.city"),
              lists.addressList(all).stream()
                  .map(
                      a ->
                          row(
                              a.id(),
                              a.memberNumber(),
                              name(a.lastName(), a.firstName()),
                              a.street(),
                              join(a.postalCode(), a.city())))
                  .toList());
      case PHONES ->
          new Table(
              headers(
                  "members.number",
                  "members.name",
                  "members.phone",
                  "members.email",
                  "memberEdit.guardian"),
              lists.phoneList(all).stream()
                  .map(
                      p ->
                          row(
                              p.id(),
                              p.memberNumber(),
                              name(p.lastName(), p.firstName()),
                              p.phone(),
                              p.email(),
                              join(p.guardianName(), p.guardianPhone())))
                  .toList());
      case BIRTHDAYS ->
          new Table(
              headers("members.number", "members.name", "lists.birthday", "lists.turns"),
              lists.birthdays(from, to).stream()
                  .map(
                      b ->
                          row(
                              b.id(),
                              b.memberNumber(),
                              name(b.lastName(), b.firstName()),
                              date(b.birthday()),
                              Integer.toString(b.age())))
                  .toList());
      case ANNIVERSARIES ->
          new Table(
              headers("members.number", "members.name", "members.entryDate", "lists.years"),
              lists.anniversaries(year, MemberListService.DEFAULT_JUBILEES).stream()
                  .map(
                      a ->
                          row(
                              a.id(),
                              a.memberNumber(),
                              name(a.lastName(), a.firstName()),
                              date(a.entryDate()),
                              Integer.toString(a.years())))
                  .toList());
      case WITHOUT_CONSENT ->
          new Table(
              headers("members.number", "members.name", "members.email", "lists.consentState"),
              lists.withoutConsent(consent, all).stream()
                  .map(
                      c ->
                          row(
                              c.id(),
                              c.memberNumber(),
                              name(c.lastName(), c.firstName()),
                              c.email(),
                              Texts.get("lists.consentState." + c.state().name())
                                  + (c.date() == null ? "" : " (" + date(c.date()) + ")")))
                  .toList());
      case QUALIFICATIONS ->
          new Table(
              headers("members.number", "members.name", "lists.qualification", "lists.expires"),
              lists.expiringQualifications(days, true).stream()
                  .map(
                      q ->
                          row(
                              q.memberId(),
                              q.memberNumber(),
                              name(q.lastName(), q.firstName()),
                              q.name() != null ? q.name() : q.kind().label(l),
                              date(q.expiresOn())))
                  .toList());
      case RECORD_CHECKS ->
          new Table(
              headers("members.number", "members.name", "member.recordCheck.date", "lists.dueOn"),
              lists.dueRecordChecks(days).stream()
                  .map(
                      r ->
                          row(
                              r.memberId(),
                              r.memberNumber(),
                              name(r.lastName(), r.firstName()),
                              date(r.certificateDate()),
                              date(r.dueOn())))
                  .toList());
    };
  }

  private static List<String> headers(String... keys) {
    return java.util.Arrays.stream(keys).map(Texts::get).toList();
  }

  private static Row row(long id, String... cells) {
    return new Row(id, java.util.Arrays.stream(cells).map(c -> c == null ? "" : c).toList());
  }

  private static String name(String last, String first) {
    return last + ", " + first;
  }

  private static String date(LocalDate d) {
    return de.heldenhelfer.web.faces.DateConverter.format(d);
  }

  private static String join(String a, String b) {
    return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  public ConsentKind[] getConsentKinds() {
    return ConsentKind.values();
  }

  public Table getTable() {
    return table;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind == null ? Kind.BIRTHDAYS : kind;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public ConsentKind getConsent() {
    return consent;
  }

  public void setConsent(ConsentKind consent) {
    this.consent = consent;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
