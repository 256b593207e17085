package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.MemberStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The member list: paged, searched and sorted in the database. */
@Named
@ViewScoped
public class MemberListPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberService members;

  private String search = "";
  private MemberStatus status;
  private final LazyDataModel<MemberRow> model = new Model();

  public LazyDataModel<MemberRow> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public MemberStatus getStatus() {
    return status;
  }

  public void setStatus(MemberStatus status) {
    this.status = status;
  }

  public MemberStatus[] getStatuses() {
    return MemberStatus.values();
  }

  private MemberQuery query(Map<String, SortMeta> sortBy) {
    MemberQuery.Sort sort = MemberQuery.Sort.NAME;
    boolean descending = false;
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
    return new MemberQuery(search, status, sort, descending);
  }

  private final class Model extends LazyDataModel<MemberRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) members.count(query(null));
    }

    @Override
    public List<MemberRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return members.page(query(sortBy), first, pageSize).stream().map(MemberRow::of).toList();
    }

    @Override
    public String getRowKey(MemberRow row) {
      return Long.toString(row.id());
    }
  }
}
