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
  private final Map<Long, Edit> edits = new HashMap<>();

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
    edits.clear();
  }

  public void apply() {
    load();
  }

  public void reset() {
    filter = null;
    search = null;
    load();
  }

  public void upload() {
    if (file == null || file.getSize() == 0) {
      Texts.errorText(Texts.get("documents.noFile"));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      DocumentService.StoredDocument s =
          documents.upload(
              DocumentDraft.of(title, category, description), file.getSubmittedFileName(), in);
      Texts.info("documents.uploaded", s.fileName(), s.title());
      title = null;
      description = null;
      category = null;
      load();
    } catch (RuleViolationException e) {
      Texts.error(e);
    } catch (IOException e) {
      Texts.errorText(Texts.get("documents.readFailed"));
    }
  }

  public void addVersion() {
    DocumentService.DocumentSummary d =
        versionOf == null
            ? null
            : rows.stream().filter(r -> r.id() == versionOf).findFirst().orElse(null);
    if (d == null) {
      Texts.errorText(Texts.get("documents.noDocument"));
      return;
    }
    if (versionFile == null || versionFile.getSize() == 0) {
      Texts.errorText(Texts.get("documents.noFile"));
      return;
    }
    try (InputStream in = versionFile.getInputStream()) {
      DocumentService.StoredDocument s =
          documents.addVersion(d.id(), d.version(), versionFile.getSubmittedFileName(), in);
      Texts.info("documents.versionAdded", s.versionNumber(), s.title(), s.fileName());
      versionOf = null;
      load();
    } catch (RuleViolationException | ConcurrentChangeException | NotFoundException e) {
      Texts.error(e);
    } catch (IOException e) {
      Texts.errorText(Texts.get("documents.readFailed"));
    }
  }

  public void save(DocumentService.DocumentSummary d) {
    Edit e = edit(d);
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
      load();
    } catch (RuleViolationException | ConcurrentChangeException | NotFoundException ex) {
      Texts.error(ex);
    }
  }

  public void delete(DocumentService.DocumentSummary d) {
    try {
      documents.delete(d.id(), d.version());
      Texts.info("documents.deleted", d.title());
      load();
    } catch (RuleViolationException | ConcurrentChangeException | NotFoundException e) {
      Texts.error(e);
    }
  }

  /** The versions of a document, read once per view. */
  public List<DocumentService.VersionRow> versions(DocumentService.DocumentSummary d) {
    return details.computeIfAbsent(d.id(), id -> documents.details(id)).versions();
  }

  /** The edit fields of a document, filled from the list row. */
  public Edit edit(DocumentService.DocumentSummary d) {
    return edits.computeIfAbsent(
        d.id(),
        id -> {
          DocumentService.DocumentDetails det =
              details.computeIfAbsent(id, x -> documents.details(x));
          Edit e = new Edit();
          e.title = d.title();
          e.category = d.category();
          e.description = d.description();
          e.keepUntil = det.keepUntilOverride();
          e.keepForever = det.keepForever();
          return e;
        });
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
