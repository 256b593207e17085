package de.heldenhelfer.web.pages;

import de.heldenhelfer.documents.DocumentCategory;
import de.heldenhelfer.documents.DocumentDraft;
import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The document archive: list with category filter and title search, upload, new versions, metadata
 * and retention, deletion with confirmation. Thin: the service checks and stores.
 */
@Named
@ViewScoped
public class DocumentsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DocumentService documents;

  private DocumentCategory filter;
  private String search;
  private List<DocumentService.DocumentSummary> rows = List.of();
  private final Map<Long, DocumentService.DocumentDetails> details = new HashMap<>();
  private Long editId;
  private Edit edit;

  // upload form
  private transient Part file;
  private String title;
  private DocumentCategory category;
  private String description;

  // new version
  private Long versionOf;
  private transient Part versionFile;

  /** The editable fields of one document. */
  public static class Edit implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private DocumentCategory category;
    private String description;
    private LocalDate keepUntil;
    private boolean keepForever;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public DocumentCategory getCategory() {
      return category;
    }

    public void setCategory(DocumentCategory category) {
      this.category = category;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public LocalDate getKeepUntil() {
      return keepUntil;
    }

    public void setKeepUntil(LocalDate keepUntil) {
      this.keepUntil = keepUntil;
    }

    public boolean isKeepForever() {
      return keepForever;
    }

    public void setKeepForever(boolean keepForever) {
      this.keepForever = keepForever;
    }
  }

  @PostConstruct
  void init() {
    load();
  }

  private void load() {
    rows = documents.list(filter, search);
    details.clear();
  }

  public void apply() {
    load();
  }

  public void reset() {
    filter = null;
    search = null;
    load();
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      Texts.errorText(Texts.get("documents.noFile"));
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      DocumentService.StoredDocument s =
          documents.upload(
              DocumentDraft.of(title, category, description), file.getSubmittedFileName(), in);
      Texts.info("documents.uploaded", s.fileName(), s.title());
      return done();
    } catch (RuleViolationException e) {
      Texts.error(e);
    } catch (IOException e) {
      Texts.errorText(Texts.get("documents.readFailed"));
    }
    return null;
  }

  public String addVersion() {
    DocumentService.DocumentSummary d = versionOf == null ? null : row(versionOf);
    if (d == null) {
      Texts.errorText(Texts.get("documents.noDocument"));
      return null;
    }
    if (versionFile == null || versionFile.getSize() == 0) {
      Texts.errorText(Texts.get("documents.noFile"));
      return null;
    }
    try (InputStream in = versionFile.getInputStream()) {
      DocumentService.StoredDocument s =
          documents.addVersion(d.id(), d.version(), versionFile.getSubmittedFileName(), in);
      Texts.info("documents.versionAdded", s.versionNumber(), s.title(), s.fileName());
      return done();
    } catch (RuleViolationException | ConcurrentChangeException | NotFoundException e) {
      Texts.error(e);
    } catch (IOException e) {
      Texts.errorText(Texts.get("documents.readFailed"));
    }
    return null;
  }

  public String save() {
    DocumentService.DocumentSummary d = getEditing();
    if (d == null) {
      Texts.errorText(Texts.get("documents.noDocument"));
      return null;
    }
    Edit e = getEdit();
    try {
      documents.update(
          d.id(),
          d.version(),
          new DocumentDraft(
              e.getTitle(),
              e.getCategory(),
              e.getDescription(),
              e.getKeepUntil(),
              e.isKeepForever()));
      Texts.info("documents.saved", e.getTitle());
      return done();
    } catch (RuleViolationException | ConcurrentChangeException | NotFoundException ex) {
      Texts.error(ex);
    }
    return null;
  }

  public String delete(DocumentService.DocumentSummary d) {
    try {
      documents.delete(d.id(), d.version());
      Texts.info("documents.deleted", d.title());
      return done();
    } catch (RuleViolationException | ConcurrentChangeException | NotFoundException e) {
      Texts.error(e);
    }
    return null;
  }

  /** After a change: redirect (a reload does not repeat it) and keep the message. */
  private static String done() {
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
    return "/app/documents?faces-redirect=true";
  }

  /** The versions of a document, read once per view. */
  public List<DocumentService.VersionRow> versions(DocumentService.DocumentSummary d) {
    return details.computeIfAbsent(d.id(), id -> documents.details(id)).versions();
  }

  /** The document being edited ({@code ?edit=id}), or null. */
  public DocumentService.DocumentSummary getEditing() {
    return editId == null ? null : row(editId);
  }

  /** The edit fields of the document being edited, filled once from the list row. */
  public Edit getEdit() {
    DocumentService.DocumentSummary d = getEditing();
    if (edit == null && d != null) {
      DocumentService.DocumentDetails det = documents.details(d.id());
      edit = new Edit();
      edit.title = d.title();
      edit.category = d.category();
      edit.description = d.description();
      edit.keepUntil = det.keepUntilOverride();
      edit.keepForever = det.keepForever();
    }
    return edit;
  }

  private DocumentService.DocumentSummary row(long id) {
    return rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
  }

  public Long getEditId() {
    return editId;
  }

  public void setEditId(Long editId) {
    this.editId = editId;
  }

  /** "1,2 MB", "340 KB". */
  public String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.GERMAN, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
  }

  public String maxSize() {
    return DocumentService.megabytes(documents.maxBytes());
  }

  public DocumentCategory[] getCategories() {
    return DocumentCategory.values();
  }

  public List<DocumentService.DocumentSummary> getRows() {
    return rows;
  }

  public boolean isFiltered() {
    return filter != null || (search != null && !search.isBlank());
  }

  public DocumentCategory getFilter() {
    return filter;
  }

  public void setFilter(DocumentCategory filter) {
    this.filter = filter;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getVersionOf() {
    return versionOf;
  }

  public void setVersionOf(Long versionOf) {
    this.versionOf = versionOf;
  }

  public Part getVersionFile() {
    return versionFile;
  }

  public void setVersionFile(Part versionFile) {
    this.versionFile = versionFile;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public DocumentCategory getCategory() {
    return category;
  }

  public void setCategory(DocumentCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
