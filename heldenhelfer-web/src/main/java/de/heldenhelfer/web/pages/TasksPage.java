package de.heldenhelfer.web.pages;

import de.heldenhelfer.paperwork.CalendarService;
import de.heldenhelfer.paperwork.ClubTask;
import de.heldenhelfer.paperwork.TaskKind;
import de.heldenhelfer.paperwork.TaskService;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The club's task list: filters, a new task, re-applying the deadline rules, the calendar feed. */
@Named
@ViewScoped
public class TasksPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskService tasks;
  @Inject CalendarService calendars;

  private TaskService.Filter filter = TaskService.Filter.PENDING;
  private TaskKind kind;
  private TaskForm form = new TaskForm();
  private String feedUrl;
  private transient List<TaskService.TaskRow> rows;
  private transient List<TaskService.Candidate> candidates;

  @PostConstruct
  void init() {
    form.setDueDate(LocalDate.now(de.heldenhelfer.membership.MemberService.ZONE).plusDays(14));
  }

  public void search() {
    rows = null;
  }

  public void create() {
    try {
      ClubTask t = tasks.create(form.draft());
      Texts.info("tasks.created", t.title());
      form = new TaskForm();
      init();
      rows = null;
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public void syncRules() {
    try {
      TaskService.SyncResult r = tasks.syncRules();
      Texts.info("tasks.synced", r.created(), r.updated(), r.dropped());
      rows = null;
    } catch (DomainException e) {
      Texts.error(e);
    }
  }

  public void renewFeed() {
    feedUrl = calendars.renewFeed();
    Texts.info("tasks.feed.renewed");
  }

  public void deleteFeed() {
    calendars.deleteFeed();
    feedUrl = null;
    Texts.info("tasks.feed.deleted");
  }

  public LocalDateTime getFeedCreatedAt() {
    return calendars.feedCreatedAt().orElse(null);
  }

  public List<TaskService.TaskRow> getRows() {
    if (rows == null) {
      rows = tasks.list(filter, kind);
    }
    return rows;
  }

  public List<TaskService.Candidate> getCandidates() {
    if (candidates == null) {
      candidates = tasks.candidates();
    }
    return candidates;
  }

  public TaskService.Filter[] getFilters() {
    return TaskService.Filter.values();
  }

  public TaskKind[] getKinds() {
    return TaskKind.values();
  }

  public List<Integer> getRecurrences() {
    return TaskForm.RECURRENCES;
  }

  public TaskService.Filter getFilter() {
    return filter;
  }

  public void setFilter(TaskService.Filter filter) {
    this.filter = filter;
  }

  public TaskKind getKind() {
    return kind;
  }

  public void setKind(TaskKind kind) {
    this.kind = kind;
  }

  public TaskForm getForm() {
    return form;
  }

  public String getFeedUrl() {
    return feedUrl;
  }
}
