package de.heldenhelfer.paperwork;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One checklist step of a {@link ClubTask}. Club-private. */
@Entity
@Table(name = "task_step")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class TaskStep {
  static final int MAX_TEXT = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id")
  private ClubTask task;

  private int position;
  private String text;
  private boolean done;

  protected TaskStep() {}

  TaskStep(ClubTask task, int position, String text) {
    this.task = task;
    this.position = position;
    this.text = text;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String text() {
    return text;
  }

  public boolean isDone() {
    return done;
  }

  void mark(boolean done) {
    this.done = done;
  }

  void moveTo(int position) {
    this.position = position;
  }
}
