package de.heldenhelfer.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person's choice of {@link NotificationMode}; without a row the mode is immediate. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting {
  @Id
  @Column(name = "person_id")
  private Long personId;

  @Enumerated(EnumType.STRING)
  private NotificationMode mode;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  protected NotificationSetting() {}

  NotificationSetting(long personId, NotificationMode mode, LocalDateTime now) {
    this.personId = personId;
    change(mode, now);
  }

  void change(NotificationMode mode, LocalDateTime now) {
    this.mode = mode;
    this.updatedAt = now;
  }

  public NotificationMode mode() {
    return mode;
  }
}
