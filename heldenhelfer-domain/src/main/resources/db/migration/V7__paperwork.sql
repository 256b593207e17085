-- Heldenhelfer schema, version 7: paperwork (issue 4) — the template library, club copies of
-- templates, tasks and deadlines with checklist steps, and personal calendar feeds.
-- Club-private tables carry club_id, the tenant discriminator (ADR 0002); the central template
-- library (template, template_version) belongs to the region and has no club_id.

-- What the statutes say about the general meeting, and the board's reminder lead time.
ALTER TABLE club
  ADD COLUMN meeting_interval_months INT NOT NULL DEFAULT 12,
  ADD COLUMN invitation_period_days INT NOT NULL DEFAULT 14,
  ADD COLUMN last_general_meeting DATE NULL,
  ADD COLUMN next_general_meeting DATE NULL,
  ADD COLUMN reminder_days INT NOT NULL DEFAULT 14,
  ADD COLUMN tax_office VARCHAR(100) NULL,
  ADD COLUMN tax_number VARCHAR(40) NULL,
  ADD CONSTRAINT ck_club_meeting_interval CHECK (meeting_interval_months BETWEEN 1 AND 60),
  ADD CONSTRAINT ck_club_invitation_period CHECK (invitation_period_days BETWEEN 1 AND 90),
  ADD CONSTRAINT ck_club_reminder_days CHECK (reminder_days BETWEEN 0 AND 90);

-- The central template library, maintained by the service desk and shared with all clubs.
CREATE TABLE template (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version         BIGINT        NOT NULL DEFAULT 0,
  code            VARCHAR(80)   NOT NULL,
  title           VARCHAR(200)  NOT NULL,
  category        VARCHAR(30)   NOT NULL,
  description     VARCHAR(2000) NULL,
  legal_basis     VARCHAR(300)  NULL,
  current_version INT           NOT NULL DEFAULT 1,
  updated_at      DATETIME(3)   NOT NULL,
  CONSTRAINT uq_template_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

CREATE TABLE template_version (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  template_id BIGINT       NOT NULL,
  number      INT          NOT NULL,
  source      MEDIUMTEXT   NOT NULL,
  note        VARCHAR(500) NULL,
  created_at  DATETIME(3)  NOT NULL,
  created_by  VARCHAR(200) NOT NULL,
  CONSTRAINT uq_template_version UNIQUE (template_id, number),
  CONSTRAINT fk_tv_template FOREIGN KEY (template_id) REFERENCES template (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- A club's own copy of a central template (or a template of its own), adapted by its board.
CREATE TABLE club_template (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id              BIGINT        NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  title                VARCHAR(200)  NOT NULL,
  category             VARCHAR(30)   NOT NULL,
  source               MEDIUMTEXT    NOT NULL,
  based_on_template_id BIGINT        NULL,
  based_on_version     INT           NULL,
  updated_at           DATETIME(3)   NOT NULL,
  updated_by           VARCHAR(200)  NOT NULL,
  CONSTRAINT fk_ct_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_ct_template FOREIGN KEY (based_on_template_id) REFERENCES template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_ct_club ON club_template (club_id, title);

-- Which central template versions a club has used (to tell it about newer versions).
CREATE TABLE template_use (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id      BIGINT      NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  template_id  BIGINT      NOT NULL,
  last_version INT         NOT NULL,
  last_used_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_template_use UNIQUE (club_id, template_id),
  CONSTRAINT fk_tu_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_tu_template FOREIGN KEY (template_id) REFERENCES template (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- Tasks and deadlines. rule_key names the deadline rule that created a task (one task per rule
-- occurrence and club); template_code links the template that goes with it.
CREATE TABLE club_task (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id               BIGINT        NOT NULL,
  version               BIGINT        NOT NULL DEFAULT 0,
  title                 VARCHAR(200)  NOT NULL,
  description           VARCHAR(2000) NULL,
  kind                  VARCHAR(30)   NOT NULL,
  due_date              DATE          NOT NULL,
  responsible_member_id BIGINT        NULL,
  status                VARCHAR(20)   NOT NULL,
  recurrence_months     INT           NOT NULL DEFAULT 0,
  rule_key              VARCHAR(120)  NULL,
  template_code         VARCHAR(80)   NULL,
  reminder_days         INT           NULL,
  reminder_sent_on      DATE          NULL,
  completed_on          DATE          NULL,
  completed_by          VARCHAR(200)  NULL,
  created_at            DATETIME(3)   NOT NULL,
  created_by            VARCHAR(200)  NOT NULL,
  CONSTRAINT uq_task_rule UNIQUE (club_id, rule_key),
  CONSTRAINT fk_task_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_task_member FOREIGN KEY (responsible_member_id) REFERENCES member (id)
    ON DELETE SET NULL,
  CONSTRAINT ck_task_recurrence CHECK (recurrence_months BETWEEN 0 AND 120),
  CONSTRAINT ck_task_reminder CHECK (reminder_days IS NULL OR reminder_days BETWEEN 0 AND 90)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_task_club_status_due ON club_task (club_id, status, due_date);
CREATE INDEX ix_task_due ON club_task (status, due_date);

CREATE TABLE task_step (
  id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id  BIGINT       NOT NULL,
  task_id  BIGINT       NOT NULL,
  position INT          NOT NULL,
  text     VARCHAR(300) NOT NULL,
  done     BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_step_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_step_task FOREIGN KEY (task_id) REFERENCES club_task (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_step_task ON task_step (task_id, position);

-- Personal calendar feeds (iCal): only the SHA-256 of the secret token is stored.
CREATE TABLE calendar_feed (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id    BIGINT      NOT NULL,
  person_id  BIGINT      NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_feed_token UNIQUE (token_hash),
  CONSTRAINT uq_feed_person UNIQUE (club_id, person_id),
  CONSTRAINT fk_feed_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
