package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.ConsentKind;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberChange;
import de.heldenhelfer.membership.MemberField;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One member: the facts the viewer may see, the contact form, and for the board the whole record
 * (departments, functions, consents, qualifications, family, Führungszeugnis, history) with the
 * actions that end or delete the membership. The id comes from the URL and is checked by the
 * service; entities are reloaded per request, never kept in the view.
 */
@Named
@ViewScoped
public class MemberPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberService members;
  @Inject de.heldenhelfer.club.ClubService clubs;

  private String id;
  private long memberId;
  private long version;
  private String phone;
  private String email;
  private LocalDate exitDate;
  private Set<MemberField> visible;
  private Long newDepartment;
  private LocalDate departmentEntry;
  private de.heldenhelfer.membership.FunctionKind newFunction;
  private Long functionDepartment;
  private LocalDate functionStart;
  private de.heldenhelfer.membership.QualificationKind newQualification;
  private String qualificationName;
  private LocalDate qualificationIssued;
  private LocalDate qualificationExpires;
  private boolean checkInspected;
  private LocalDate checkDate;
  private boolean checkExcluded;
  private String relatedNumber;
  private de.heldenhelfer.membership.FamilyRelation relation =
      de.heldenhelfer.membership.FamilyRelation.PARENT;
  private transient List<de.heldenhelfer.club.ClubService.DepartmentSummary> departments;
  private transient Member member;
  private transient List<MemberChange> history;

  /** Loads the member named in the URL; an unknown or foreign id ends in the 404 page. */
  public void load() {
    memberId = requestedId();
    visible = members.visibleFields();
    show(reload());
    exitDate = LocalDate.now(MemberService.ZONE);
  }

  /**
   * Saves the contact data. The id is the one in the request (a postback re-reads the URL's view
   * parameter), so a forged id reaches the service, which answers "not found" for other clubs.
   */
  public void save() {
    try {
      members.changeContact(requestedId(), version, phone, email);
      show(reload());
      Texts.info("member.saved", member.fullName());
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e); // stays on the page with the input; "not found" goes to the 404 page
    }
  }

  /** Ends the membership on the chosen exit date. */
  public void end() {
    try {
      members.end(requestedId(), version, exitDate);
      show(reload());
      Texts.info("member.ended", member.fullName());
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  /** Deletes the member (refused while a function is open) and returns to the list. */
  public void delete() throws IOException {
    String name = getMember().fullName();
    try {
      members.delete(requestedId(), version);
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
      return;
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().getFlash().setKeepMessages(true);
    Texts.info("member.deleted", name);
    fc.getExternalContext()
        .redirect(fc.getExternalContext().getRequestContextPath() + "/app/members.xhtml");
  }

  /** Records a consent as given or withdrawn today. */
  public void consent(ConsentKind kind, boolean granted) {
    try {
      members.setConsent(requestedId(), kind, granted, LocalDate.now(MemberService.ZONE));
      show(reload());
      Texts.info(
          granted ? "member.consent.given" : "member.consent.withdrawn", kind.label(locale()));
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  /** Runs a change of one part of the member and shows the result; refusals become messages. */
  private void change(Runnable action, String doneKey) {
    try {
      action.run();
      show(reload());
      Texts.info(doneKey);
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  public void addDepartment() {
    if (newDepartment == null) {
      chooseFirst();
      return;
    }
    change(
        () ->
            members.assignDepartment(
                requestedId(),
                newDepartment,
                departmentEntry == null ? LocalDate.now(MemberService.ZONE) : departmentEntry),
        "member.part.saved");
  }

  public void removeDepartment(long departmentId) {
    change(() -> members.removeDepartment(requestedId(), departmentId), "member.part.saved");
  }

  public void addFunction() {
    if (newFunction == null) {
      chooseFirst();
      return;
    }
    change(
        () ->
            members.addFunction(
                requestedId(),
                newFunction,
                null,
                functionDepartment,
                functionStart == null ? LocalDate.now(MemberService.ZONE) : functionStart,
                null),
        "member.part.saved");
  }

  public void endFunction(long functionId) {
    change(
        () -> members.endFunction(requestedId(), functionId, LocalDate.now(MemberService.ZONE)),
        "member.part.saved");
  }

  public void addQualification() {
    if (newQualification == null) {
      chooseFirst();
      return;
    }
    change(
        () ->
            members.addQualification(
                requestedId(),
                newQualification,
                qualificationName,
                qualificationIssued,
                qualificationExpires),
        "member.part.saved");
  }

  public void removeQualification(long qualificationId) {
    change(() -> members.removeQualification(requestedId(), qualificationId), "member.part.saved");
  }

  public void saveRecordCheck() {
    change(
        () -> members.setRecordCheck(requestedId(), checkInspected, checkDate, checkExcluded),
        "member.part.saved");
  }

  public void linkFamily() {
    change(
        () ->
            members.linkFamily(
                requestedId(),
                members
                    .findByNumber(relatedNumber == null ? "" : relatedNumber.strip())
                    .orElseThrow(
                        () -> new RuleViolationException("relatedNumber", "family.notFound"))
                    .id(),
                relation),
        "member.part.saved");
  }

  private static void chooseFirst() {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(
        null,
        new jakarta.faces.application.FacesMessage(
            jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
            Texts.get("member.part.choose"),
            null));
    fc.validationFailed();
  }

  public List<de.heldenhelfer.club.ClubService.DepartmentSummary> getDepartments() {
    if (departments == null) {
      departments = clubs.departments();
    }
    return departments;
  }

  public de.heldenhelfer.membership.FunctionKind[] getFunctionKinds() {
    return de.heldenhelfer.membership.FunctionKind.values();
  }

  public de.heldenhelfer.membership.QualificationKind[] getQualificationKinds() {
    return de.heldenhelfer.membership.QualificationKind.values();
  }

  public de.heldenhelfer.membership.FamilyRelation[] getRelations() {
    return de.heldenhelfer.membership.FamilyRelation.values();
  }

  private Member reload() {
    member =
        sees(MemberField.HISTORY) ? members.dossier(memberId).member() : members.find(memberId);
    history = null;
    return member;
  }

  private long requestedId() {
    try {
      return id == null ? memberId : Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private void show(Member m) {
    member = m;
    checkInspected = m.recordCheckInspected();
    checkDate = m.recordCheckCertificateDate();
    checkExcluded = m.recordCheckExcluded();
    memberId = m.id();
    version = m.version();
    phone = m.phone();
    email = m.email();
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** True if the signed-in person may see this part of a member. */
  public boolean sees(MemberField field) {
    return visible != null && visible.contains(field);
  }

  public boolean sees(String field) {
    return sees(MemberField.valueOf(field));
  }

  /** The loaded member; a page rendered without one (no view action ran) is a 404, never blank. */
  public Member getMember() {
    if (member == null) {
      if (memberId == 0) {
        throw new NotFoundException();
      }
      reload();
    }
    return member;
  }

  public List<MemberChange> getHistory() {
    if (history == null) {
      history = sees(MemberField.HISTORY) ? members.history(memberId) : List.of();
    }
    return history;
  }

  /** Consent kinds with the member's current answer (null: never asked). */
  public List<ConsentRow> getConsents() {
    Member m = getMember();
    return java.util.Arrays.stream(ConsentKind.values())
        .map(
            k ->
                m.consents().stream()
                    .filter(c -> c.kind() == k)
                    .findFirst()
                    .map(c -> new ConsentRow(k, c.isGiven(), c.consentDate()))
                    .orElse(new ConsentRow(k, null, null)))
        .toList();
  }

  /** One consent line of the page. */
  public record ConsentRow(ConsentKind kind, Boolean given, LocalDate date) {}

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public LocalDate getExitDate() {
    return exitDate;
  }

  public void setExitDate(LocalDate exitDate) {
    this.exitDate = exitDate;
  }

  public Long getNewDepartment() {
    return newDepartment;
  }

  public void setNewDepartment(Long newDepartment) {
    this.newDepartment = newDepartment;
  }

  public LocalDate getDepartmentEntry() {
    return departmentEntry;
  }

  public void setDepartmentEntry(LocalDate departmentEntry) {
    this.departmentEntry = departmentEntry;
  }

  public de.heldenhelfer.membership.FunctionKind getNewFunction() {
    return newFunction;
  }

  public void setNewFunction(de.heldenhelfer.membership.FunctionKind newFunction) {
    this.newFunction = newFunction;
  }

  public Long getFunctionDepartment() {
    return functionDepartment;
  }

  public void setFunctionDepartment(Long functionDepartment) {
    this.functionDepartment = functionDepartment;
  }

  public LocalDate getFunctionStart() {
    return functionStart;
  }

  public void setFunctionStart(LocalDate functionStart) {
    this.functionStart = functionStart;
  }

  public de.heldenhelfer.membership.QualificationKind getNewQualification() {
    return newQualification;
  }

  public void setNewQualification(de.heldenhelfer.membership.QualificationKind newQualification) {
    this.newQualification = newQualification;
  }

  public String getQualificationName() {
    return qualificationName;
  }

  public void setQualificationName(String qualificationName) {
    this.qualificationName = qualificationName;
  }

  public LocalDate getQualificationIssued() {
    return qualificationIssued;
  }

  public void setQualificationIssued(LocalDate qualificationIssued) {
    this.qualificationIssued = qualificationIssued;
  }

  public LocalDate getQualificationExpires() {
    return qualificationExpires;
  }

  public void setQualificationExpires(LocalDate qualificationExpires) {
    this.qualificationExpires = qualificationExpires;
  }

  public boolean isCheckInspected() {
    return checkInspected;
  }

  public void setCheckInspected(boolean checkInspected) {
    this.checkInspected = checkInspected;
  }

  public LocalDate getCheckDate() {
    return checkDate;
  }

  public void setCheckDate(LocalDate checkDate) {
    this.checkDate = checkDate;
  }

  public boolean isCheckExcluded() {
    return checkExcluded;
  }

  public void setCheckExcluded(boolean checkExcluded) {
    this.checkExcluded = checkExcluded;
  }

  public String getRelatedNumber() {
    return relatedNumber;
  }

  public void setRelatedNumber(String relatedNumber) {
    this.relatedNumber = relatedNumber;
  }

  public de.heldenhelfer.membership.FamilyRelation getRelation() {
    return relation;
  }

  public void setRelation(de.heldenhelfer.membership.FamilyRelation relation) {
    this.relation = relation;
  }
}
