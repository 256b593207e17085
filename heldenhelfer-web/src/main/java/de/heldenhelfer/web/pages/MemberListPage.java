package de.heldenhelfer.web.pages;

import de.heldenhelfer.club.ClubService;
import de.heldenhelfer.membership.ConsentKind;
import de.heldenhelfer.membership.FunctionKind;
import de.heldenhelfer.membership.MemberField;
import de.heldenhelfer.membership.MemberMailService;
import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.membership.MembershipType;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The member list: paged, searched, filtered and sorted in the database; columns chosen by the user
 * among those their role may see; filters saved per person; bulk actions on a selection.
 */
@Named
@ViewScoped
public class MemberListPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Columns offered in the list, in this order; the role's visible fields narrow them. */
  static final List<MemberField> COLUMNS =
      List.of(
          MemberField.NUMBER,
          MemberField.NAME,
          MemberField.BIRTH_DATE,
          MemberField.AGE,
          MemberField.GENDER,
          MemberField.ADDRESS,
          MemberField.PHONE,
          MemberField.EMAIL,
          MemberField.STATUS,
          MemberField.ENTRY_DATE,
          MemberField.MEMBERSHIP_TYPE,
          MemberField.FEE_CATEGORY);

  static final Set<MemberField> DEFAULT_COLUMNS =
      EnumSet.of(
          MemberField.NUMBER,
          MemberField.NAME,
          MemberField.BIRTH_DATE,
          MemberField.ENTRY_DATE,
          MemberField.STATUS,
          MemberField.EMAIL);

  @Inject MemberService members;
  @Inject ClubService clubs;
  @Inject MemberMailService mail;

  private String search = "";
  private MemberStatus status;
  private Long departmentId;
  private Integer minAge;
  private Integer maxAge;
  private FunctionKind function;
  private MembershipType membershipType;
  private ConsentKind missingConsent;
  private Integer qualificationDays;
  private MemberQuery.Sort sort = MemberQuery.Sort.NAME;
  private boolean descending;

  private Set<MemberField> visible;
  private List<MemberField> columns;
  private List<ClubService.DepartmentSummary> departments;
  private List<SavedFilter> saved;
  private String filterName;
  private Long chosenFilter;
  private List<MemberRow> selection = new ArrayList<>();
  private Long bulkDepartment;
  private MemberStatus bulkStatus;
  private String mailSubject;
  private String mailText;
  private boolean newsletter;

  private final LazyDataModel<MemberRow> model = new Model();

  /** A saved filter as the view keeps it. */
  public record SavedFilter(long id, String name, String query) implements Serializable {}

  public LazyDataModel<MemberRow> getModel() {
    return model;
  }

  /** The query the filters describe; no user text reaches JPQL (MemberQuery binds parameters). */
  public MemberQuery getQuery() {
    return new MemberQuery(search, status, sort, descending)
        .withDepartment(departmentId)
        .withAge(minAge, maxAge, minAge == null && maxAge == null ? null : today())
        .withFunction(function)
        .withMembershipType(membershipType)
        .withConsent(missingConsent, missingConsent == null ? null : Boolean.FALSE)
        .withQualificationExpiringWithin(qualificationDays);
  }

  /** The current query for export links (URL-encoded {@link MemberQuery#toText()}). */
  public String getQueryParam() {
    return URLEncoder.encode(getQuery().toText(), StandardCharsets.UTF_8);
  }

  /** Chosen columns as a comma list, for export links. */
  public String getColumnsParam() {
    return String.join(",", getColumns().stream().map(Enum::name).toList());
  }

  private static LocalDate today() {
    return LocalDate.now(MemberService.ZONE);
  }

  public void apply() {
    selection = new ArrayList<>();
  }

  public void reset() {
    search = "";
    status = null;
    departmentId = null;
    minAge = null;
    maxAge = null;
    function = null;
    membershipType = null;
    missingConsent = null;
    qualificationDays = null;
    selection = new ArrayList<>();
  }

  // ------------------------------------------------------------------ columns

  public Set<MemberField> getVisible() {
    if (visible == null) {
      visible = members.visibleFields();
    }
    return visible;
  }

  public MemberField getAddressField() {
    return MemberField.ADDRESS;
  }

  /** The columns the person may choose from. */
  public List<MemberField> getAvailableColumns() {
    return COLUMNS.stream().filter(f -> getVisible().contains(f)).toList();
  }

  public List<MemberField> getColumns() {
    if (columns == null) {
      columns = getAvailableColumns().stream().filter(DEFAULT_COLUMNS::contains).collect(toList());
    }
    return columns;
  }

  public void setColumns(List<MemberField> chosen) {
    Set<MemberField> allowed = new LinkedHashSet<>(getAvailableColumns());
    List<MemberField> next = new ArrayList<>();
    for (MemberField f : COLUMNS) {
      if (chosen != null && chosen.contains(f) && allowed.contains(f)) {
        next.add(f);
      }
    }
    if (!next.contains(MemberField.NAME) && allowed.contains(MemberField.NAME)) {
      next.add(0, MemberField.NAME); // the name links to the member; it always stays
    }
    columns = next;
  }

  public boolean shows(String field) {
    return getColumns().contains(MemberField.valueOf(field));
  }

  private static <T> java.util.stream.Collector<T, ?, List<T>> toList() {
    return java.util.stream.Collectors.toCollection(ArrayList::new);
  }

  // ------------------------------------------------------------------ saved filters

  public List<SavedFilter> getSaved() {
    if (saved == null) {
      saved =
          members.savedFilters().stream()
              .map(f -> new SavedFilter(f.id(), f.name(), f.query().toText()))
              .toList();
    }
    return saved;
  }

  public void saveFilter() {
    try {
      members.saveFilter(filterName, getQuery());
      Texts.info("members.filter.saved", filterName);
      filterName = null;
      saved = null;
    } catch (RuleViolationException e) {
      Texts.error(e);
    }
  }

  public void useFilter() {
    getSaved().stream()
        .filter(f -> chosenFilter != null && f.id() == chosenFilter)
        .findFirst()
        .ifPresent(f -> load(MemberQuery.fromText(f.query())));
  }

  public void deleteFilter() {
    if (chosenFilter != null) {
      members.deleteFilter(chosenFilter);
      chosenFilter = null;
      saved = null;
      Texts.info("members.filter.deleted");
    }
  }

  private void load(MemberQuery q) {
    search = q.search();
    status = q.status();
    departmentId = q.departmentId();
    minAge = q.minAge();
    maxAge = q.maxAge();
    function = q.function();
    membershipType = q.membershipType();
    missingConsent = Boolean.FALSE.equals(q.consentGiven()) ? q.consent() : null;
    qualificationDays = q.qualificationExpiringDays();
    sort = q.sort();
    descending = q.descending();
    selection = new ArrayList<>();
  }

  // ------------------------------------------------------------------ bulk actions

  public void bulkAssignDepartment() {
    if (bulkDepartment == null || selection.isEmpty()) {
      Texts.info("members.bulk.nothing");
      return;
    }
    int n =
        members.assignDepartment(
            selection.stream().map(MemberRow::id).toList(), bulkDepartment, today());
    Texts.info("members.bulk.departmentDone", n);
    selection = new ArrayList<>();
  }

  public void bulkChangeStatus() {
    if (bulkStatus == null || selection.isEmpty()) {
      Texts.info("members.bulk.nothing");
      return;
    }
    try {
      int n = members.changeStatus(selection.stream().map(MemberRow::id).toList(), bulkStatus);
      Texts.info("members.bulk.statusDone", n);
      selection = new ArrayList<>();
    } catch (RuleViolationException e) {
      Texts.error(e);
    }
  }

  /** Sends an e-mail to the selected members (a newsletter only to those who agreed). */
  public void bulkMail() {
    try {
      MemberMailService.MailResult r =
          mail.send(
              selection.stream().map(MemberRow::id).toList(), mailSubject, mailText, newsletter);
      Texts.info("members.mail.done", r.sent(), r.withoutAddress(), r.withoutConsent());
      mailSubject = null;
      mailText = null;
    } catch (RuleViolationException | de.heldenhelfer.platform.mail.MailFailedException e) {
      Texts.error(e);
    }
  }

  public String getMailSubject() {
    return mailSubject;
  }

  public void setMailSubject(String mailSubject) {
    this.mailSubject = mailSubject;
  }

  public String getMailText() {
    return mailText;
  }

  public void setMailText(String mailText) {
    this.mailText = mailText;
  }

  public boolean isNewsletter() {
    return newsletter;
  }

  public void setNewsletter(boolean newsletter) {
    this.newsletter = newsletter;
  }

  // ------------------------------------------------------------------ choices

  public List<ClubService.DepartmentSummary> getDepartments() {
    if (departments == null) {
      departments = clubs.departments();
    }
    return departments;
  }

  public MemberStatus[] getStatuses() {
    return MemberStatus.values();
  }

  public FunctionKind[] getFunctions() {
    return FunctionKind.values();
  }

  public MembershipType[] getMembershipTypes() {
    return MembershipType.values();
  }

  public ConsentKind[] getConsentKinds() {
    return ConsentKind.values();
  }

  // ------------------------------------------------------------------ accessors

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search == null ? "" : search;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public void setStatus(MemberStatus status) {
    this.status = status;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer minAge) {
    this.minAge = minAge;
  }

  public Integer getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(Integer maxAge) {
    this.maxAge = maxAge;
  }

  public FunctionKind getFunction() {
    return function;
  }

  public void setFunction(FunctionKind function) {
    this.function = function;
  }

  public MembershipType getMembershipType() {
    return membershipType;
  }

  public void setMembershipType(MembershipType membershipType) {
    this.membershipType = membershipType;
  }

  public ConsentKind getMissingConsent() {
    return missingConsent;
  }

  public void setMissingConsent(ConsentKind missingConsent) {
    this.missingConsent = missingConsent;
  }

  public Integer getQualificationDays() {
    return qualificationDays;
  }

  public void setQualificationDays(Integer qualificationDays) {
    this.qualificationDays = qualificationDays;
  }

  public String getFilterName() {
    return filterName;
  }

  public void setFilterName(String filterName) {
    this.filterName = filterName;
  }

  public Long getChosenFilter() {
    return chosenFilter;
  }

  public void setChosenFilter(Long chosenFilter) {
    this.chosenFilter = chosenFilter;
  }

  public List<MemberRow> getSelection() {
    return selection;
  }

  public void setSelection(List<MemberRow> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  public Long getBulkDepartment() {
    return bulkDepartment;
  }

  public void setBulkDepartment(Long bulkDepartment) {
    this.bulkDepartment = bulkDepartment;
  }

  public MemberStatus getBulkStatus() {
    return bulkStatus;
  }

  public void setBulkStatus(MemberStatus bulkStatus) {
    this.bulkStatus = bulkStatus;
  }

  private void sortBy(Map<String, SortMeta> sortBy) {
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      sort =
          switch (meta.getField()) {
            case "number" -> MemberQuery.Sort.NUMBER;
            case "entryDate" -> MemberQuery.Sort.ENTRY;
            case "birthDate" -> MemberQuery.Sort.BIRTH;
            default -> MemberQuery.Sort.NAME;
          };
      descending = meta.getOrder() == SortOrder.DESCENDING;
    }
  }

  private final class Model extends LazyDataModel<MemberRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) members.count(getQuery());
    }

    @Override
    public List<MemberRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      sortBy(sortBy);
      return members.page(getQuery(), first, pageSize).stream().map(MemberRow::of).toList();
    }

    @Override
    public String getRowKey(MemberRow row) {
      return Long.toString(row.id());
    }

    @Override
    public MemberRow getRowData(String rowKey) {
      return selection.stream()
          .filter(r -> Long.toString(r.id()).equals(rowKey))
          .findFirst()
          .orElseGet(() -> MemberRow.of(members.find(Long.parseLong(rowKey))));
    }
  }
}
