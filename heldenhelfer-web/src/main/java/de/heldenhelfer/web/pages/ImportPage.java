package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.MemberImportJobs;
import de.heldenhelfer.membership.MemberImportService;
import de.heldenhelfer.membership.imports.ColumnMapping;
import de.heldenhelfer.membership.imports.ImportField;
import de.heldenhelfer.membership.imports.ImportTable;
import de.heldenhelfer.reports.ReportInputException;
import de.heldenhelfer.reports.ReportMessage;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The member import in three steps: upload (the safe reader refuses what is too big or hostile),
 * mapping (suggested from the column names, remembered per club), preview (row by row, nothing
 * changes), then import (the accepted rows in one transaction, run as a background job whose
 * progress the page polls).
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN_ROWS = 300;

  @Inject MemberImportService imports;
  @Inject MemberImportJobs jobs;

  private transient jakarta.servlet.http.Part file;
  private ImportTable table;
  private final Map<Integer, ImportField> mapping = new HashMap<>();
  private MemberImportService.ImportReport report;
  private String jobId;
  private MemberImportJobs.Status progress;

  /** One column of the file with the field it fills. */
  public record Column(int index, String name, String sample) implements Serializable {}

  public void upload() {
    report = null;
    if (file == null || file.getSize() == 0) {
      error(Texts.get("import.noFile"));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      table = imports.read(in, file.getSubmittedFileName(), MemberImportService.MAX_BYTES);
      mapping.clear();
      mapping.putAll(imports.suggestMapping(table.header()).asMap());
      for (ReportMessage w : table.warnings()) {
        Texts.info("import.warning", w.text(locale()));
      }
    } catch (ReportInputException e) {
      table = null;
      error(e.localizedMessage(locale()));
    } catch (IOException e) {
      table = null;
      error(Texts.get("import.readFailed"));
    }
  }

  public void preview() {
    if (table == null) {
      error(Texts.get("import.noFile"));
      return;
    }
    try {
      report = imports.preview(table, ColumnMapping.of(withoutEmpty()), null);
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  /**
   * Starts the import as a background job (ADR 0007); the page polls {@link #poll} and shows the
   * rows done until the job is finished.
   */
  public void apply() {
    if (table == null) {
      error(Texts.get("import.noFile"));
      return;
    }
    try {
      jobId = jobs.start(table, ColumnMapping.of(withoutEmpty()));
      progress = jobs.status(jobId);
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
    }
  }

  /** Asked by the page every second while the job runs. */
  public void poll() {
    if (jobId == null) {
      return;
    }
    try {
      progress = jobs.status(jobId);
    } catch (DomainException e) {
      jobId = null;
      Texts.error(e);
      return;
    }
    if (progress.finished()) {
      jobId = null;
      if (progress.report() != null) {
        report = progress.report();
        Texts.info(
            "import.done", report.created(), report.updated(), report.unchanged(), report.errors());
      } else {
        Texts.error(progress.failure());
      }
    }
  }

  /** True while the import job runs. */
  public boolean isRunning() {
    return jobId != null;
  }

  public MemberImportJobs.Status getProgress() {
    return progress;
  }

  /** "Zeile 4.200 von 10.000" with the phase. */
  public String getProgressText() {
    if (progress == null) {
      return "";
    }
    return Texts.get(
        "import.progress." + progress.phase().name(), progress.done(), progress.total());
  }

  private Map<Integer, ImportField> withoutEmpty() {
    Map<Integer, ImportField> m = new HashMap<>();
    mapping.forEach(
        (k, v) -> {
          if (v != null) {
            m.put(k, v);
          }
        });
    return m;
  }

  public void restart() {
    jobId = null;
    progress = null;
    table = null;
    report = null;
    mapping.clear();
  }

  public List<Column> getColumns() {
    if (table == null) {
      return List.of();
    }
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < table.columnCount(); i++) {
      String sample =
          table.rows().isEmpty() || table.rows().get(0).text(i) == null
              ? ""
              : table.rows().get(0).text(i);
      out.add(new Column(i, table.columnName(i), sample));
    }
    return out;
  }

  /** The rows of the report worth showing: all with problems or changes, at most 300. */
  public List<MemberImportService.RowResult> getShownRows() {
    if (report == null) {
      return List.of();
    }
    return report.details().stream()
        .filter(r -> r.status() != MemberImportService.RowStatus.UNCHANGED)
        .limit(SHOWN_ROWS)
        .toList();
  }

  public String problems(MemberImportService.RowResult row) {
    Locale l = locale();
    return String.join(" ", row.problems().stream().map(p -> p.text(l)).toList());
  }

  public ImportField[] getFields() {
    return ImportField.values();
  }

  public Map<Integer, ImportField> getMapping() {
    return mapping;
  }

  public jakarta.servlet.http.Part getFile() {
    return file;
  }

  public void setFile(jakarta.servlet.http.Part file) {
    this.file = file;
  }

  public ImportTable getTable() {
    return table;
  }

  public MemberImportService.ImportReport getReport() {
    return report;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static void error(String text) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    fc.validationFailed();
  }
}
