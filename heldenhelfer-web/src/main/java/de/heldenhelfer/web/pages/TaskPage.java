package de.heldenhelfer.web.pages;

import de.heldenhelfer.paperwork.ClubTask;
import de.heldenhelfer.paperwork.TaskService;
import de.heldenhelfer.paperwork.TaskStatus;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One task: facts, checklist, status actions and the edit form. The id comes from the URL and is
 * checked by the service (another club's id is not found); the version read with the page guards
 * every change, so two board members never overwrite each other silently.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TaskService tasks;

  private String id;
  private long taskId;
  private long version;
  private TaskForm form;
  private transient ClubTask task;
  private transient List<TaskService.Candidate> candidates;

  public void load() {
    taskId = requestedId();
    show(tasks.find(taskId));
  }

  public void save() {
    try {
      tasks.update(requestedId(), version, form.draft());
      show(tasks.find(requestedId()));
      Texts.info("task.saved");
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
      task = tasks.find(requestedId());
    }
  }

  public void toggleStep(long stepId, boolean done) {
    try {
      show(tasks.markStep(requestedId(), version, stepId, done));
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
      task = tasks.find(requestedId());
    }
  }

  public void complete() {
    try {
      ClubTask next = tasks.complete(requestedId(), version);
      show(tasks.find(requestedId()));
      if (next != null) {
        Texts.info(
            "task.completed.next", de.heldenhelfer.web.faces.DateConverter.format(next.dueDate()));
      } else {
        Texts.info("task.completed");
      }
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
      task = tasks.find(requestedId());
    }
  }

  public void changeStatus(TaskStatus status) {
    try {
      tasks.changeStatus(requestedId(), version, status);
      show(tasks.find(requestedId()));
      Texts.info("task.status.changed");
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
      task = tasks.find(requestedId());
    }
  }

  public void delete() throws IOException {
    try {
      tasks.delete(requestedId(), version);
      Texts.info("task.deleted");
      var ext = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
      ext.getFlash().setKeepMessages(true);
      ext.redirect(ext.getRequestContextPath() + "/app/tasks.xhtml");
    } catch (RuleViolationException | ConcurrentChangeException e) {
      Texts.error(e);
      task = tasks.find(requestedId());
    }
  }

  private void show(ClubTask t) {
    task = t;
    taskId = t.id();
    version = t.version();
    form = TaskForm.of(t);
  }

  private long requestedId() {
    try {
      return id == null ? taskId : Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  public ClubTask getTask() {
    if (task == null) {
      task = tasks.find(requestedId());
    }
    return task;
  }

  public List<TaskService.Candidate> getCandidates() {
    if (candidates == null) {
      List<TaskService.Candidate> list = new java.util.ArrayList<>(tasks.candidates());
      var r = getTask().responsible();
      if (r != null && list.stream().noneMatch(c -> c.memberId() == r.id())) {
        list.add(0, new TaskService.Candidate(r.id(), r.fullName(), ""));
      }
      candidates = list;
    }
    return candidates;
  }

  public boolean isOverdue() {
    return getTask()
        .isOverdue(java.time.LocalDate.now(de.heldenhelfer.membership.MemberService.ZONE));
  }

  public TaskStatus[] getStatuses() {
    return TaskStatus.values();
  }

  public List<Integer> getRecurrences() {
    return TaskForm.RECURRENCES;
  }

  public de.heldenhelfer.paperwork.TaskKind[] getKinds() {
    return de.heldenhelfer.paperwork.TaskKind.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public TaskForm getForm() {
    return form;
  }
}
