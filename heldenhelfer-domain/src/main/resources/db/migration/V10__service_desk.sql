-- The channel between clubs and the Servicestelle Ehrenamt (issue 6, ADR 0013): requests with a
-- thread, attachments and a history; text blocks of the service desk; announcements to an
-- audience of clubs with read markers; in-app notifications, the notification setting of each
-- person and the mail outbox (sent after commit, retried, never twice).
-- Not tenant-filtered: the service desk reads across clubs; club-side reads check club_id
-- explicitly (de.heldenhelfer.servicedesk.RequestService).

CREATE TABLE desk_request (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT       NOT NULL DEFAULT 0,
  club_id          BIGINT       NOT NULL,
  category         VARCHAR(30)  NOT NULL,
  subject          VARCHAR(200) NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  opened_by        BIGINT       NOT NULL,
  assignee_id      BIGINT       NULL,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  closed_at        DATETIME(3)  NULL,
  CONSTRAINT fk_desk_request_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_desk_request_opener FOREIGN KEY (opened_by) REFERENCES person (id),
  CONSTRAINT fk_desk_request_assignee FOREIGN KEY (assignee_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_desk_request_queue ON desk_request (status, created_at);
CREATE INDEX ix_desk_request_club ON desk_request (club_id, updated_at);
CREATE INDEX ix_desk_request_assignee ON desk_request (assignee_id, status);

CREATE TABLE desk_message (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id       BIGINT       NOT NULL,
  author_id        BIGINT       NOT NULL,
  author_name      VARCHAR(200) NOT NULL,
  from_desk        BOOLEAN      NOT NULL,
  body             TEXT         NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  CONSTRAINT fk_desk_message_request FOREIGN KEY (request_id) REFERENCES desk_request (id),
  CONSTRAINT fk_desk_message_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_desk_message_request ON desk_message (request_id, created_at);

CREATE TABLE desk_attachment (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id       BIGINT       NOT NULL,
  message_id       BIGINT       NOT NULL,
  file_name        VARCHAR(200) NOT NULL,
  media_type       VARCHAR(120) NOT NULL,
  size_bytes       BIGINT       NOT NULL,
  content          LONGBLOB     NOT NULL,
  CONSTRAINT fk_desk_attachment_request FOREIGN KEY (request_id) REFERENCES desk_request (id),
  CONSTRAINT fk_desk_attachment_message FOREIGN KEY (message_id) REFERENCES desk_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_desk_attachment_message ON desk_attachment (message_id);

-- Who did what and when: opened, replied, status, assigned, reopened.
CREATE TABLE desk_event (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id       BIGINT       NOT NULL,
  seq              INT          NOT NULL,
  at               DATETIME(3)  NOT NULL,
  actor_name       VARCHAR(200) NOT NULL,
  kind             VARCHAR(30)  NOT NULL,
  detail           VARCHAR(500) NULL,
  CONSTRAINT fk_desk_event_request FOREIGN KEY (request_id) REFERENCES desk_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE UNIQUE INDEX uq_desk_event_seq ON desk_event (request_id, seq);

-- The people of the service desk (region role in Keycloak), recorded when they first open the
-- queue: they can be assigned and hear of new requests.
CREATE TABLE desk_staff (
  person_id        BIGINT       NOT NULL PRIMARY KEY,
  since            DATETIME(3)  NOT NULL,
  CONSTRAINT fk_desk_staff_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

CREATE TABLE desk_text_block (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT       NOT NULL DEFAULT 0,
  title            VARCHAR(150) NOT NULL,
  body             TEXT         NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  updated_by       VARCHAR(200) NOT NULL,
  CONSTRAINT uq_desk_text_block_title UNIQUE (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

INSERT INTO desk_text_block (title, body, updated_at, updated_by) VALUES
  ('Eingangsbestätigung',
   'Vielen Dank für Ihre Anfrage. Wir haben sie erhalten und melden uns innerhalb von drei Arbeitstagen bei Ihnen.',
   NOW(3), 'Heldenhelfer'),
  ('Unterlagen fehlen',
   'Damit wir Ihr Anliegen bearbeiten können, fehlen uns noch folgende Unterlagen: … Bitte laden Sie sie als Anhang zu dieser Anfrage hoch.',
   NOW(3), 'Heldenhelfer'),
  ('Förderantrag: Unterlagen',
   'Für einen Förderantrag brauchen wir eine kurze Beschreibung des Vorhabens, einen Kosten- und Finanzierungsplan und den aktuellen Freistellungsbescheid des Finanzamts. Bitte laden Sie die Unterlagen als Anhang zu dieser Anfrage hoch.',
   NOW(3), 'Heldenhelfer'),
  ('Veranstaltung anmelden',
   'Für eine öffentliche Veranstaltung brauchen Sie je nach Größe eine Anzeige nach Art. 19 LStVG bei der Gemeinde (spätestens eine Woche vorher) und bei Ausschank eine Gestattung nach § 12 GastG. Die Ansprechpartner Ihrer Gemeinde nennen wir Ihnen gern.',
   NOW(3), 'Heldenhelfer');

CREATE TABLE announcement (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT       NOT NULL DEFAULT 0,
  topic            VARCHAR(30)  NOT NULL,
  title            VARCHAR(200) NOT NULL,
  body             TEXT         NOT NULL,
  audience         VARCHAR(2000) NULL,
  audience_label   VARCHAR(500) NOT NULL,
  published_at     DATETIME(3)  NOT NULL,
  published_by     VARCHAR(200) NOT NULL,
  expires_on       DATE         NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_announcement_published ON announcement (published_at);

-- The clubs an announcement addresses, fixed when it is published, with the read marker.
CREATE TABLE announcement_club (
  announcement_id  BIGINT       NOT NULL,
  club_id          BIGINT       NOT NULL,
  read_at          DATETIME(3)  NULL,
  read_by          VARCHAR(200) NULL,
  PRIMARY KEY (announcement_id, club_id),
  CONSTRAINT fk_announcement_club_a FOREIGN KEY (announcement_id) REFERENCES announcement (id),
  CONSTRAINT fk_announcement_club_c FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_announcement_club_club ON announcement_club (club_id, read_at);

CREATE TABLE announcement_attachment (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  announcement_id  BIGINT       NOT NULL,
  file_name        VARCHAR(200) NOT NULL,
  media_type       VARCHAR(120) NOT NULL,
  size_bytes       BIGINT       NOT NULL,
  content          LONGBLOB     NOT NULL,
  CONSTRAINT fk_announcement_attachment FOREIGN KEY (announcement_id) REFERENCES announcement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- The bell: one row per person and event; mailed_at once it went out (immediately or in a digest).
CREATE TABLE notification (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id        BIGINT       NOT NULL,
  kind             VARCHAR(30)  NOT NULL,
  title            VARCHAR(300) NOT NULL,
  link             VARCHAR(300) NULL,
  created_at       DATETIME(3)  NOT NULL,
  read_at          DATETIME(3)  NULL,
  mailed_at        DATETIME(3)  NULL,
  CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_notification_person ON notification (person_id, read_at);
CREATE INDEX ix_notification_digest ON notification (mailed_at, person_id);

CREATE TABLE notification_setting (
  person_id        BIGINT       NOT NULL PRIMARY KEY,
  mode             VARCHAR(20)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  CONSTRAINT fk_notification_setting_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;

-- Mail written in the same transaction as the change it reports; a sender sends and marks it,
-- retrying with a growing pause while the SMTP server is down. dedupe_key stops a second row for
-- the same event and recipient.
CREATE TABLE mail_outbox (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dedupe_key       VARCHAR(200) NOT NULL,
  recipient        VARCHAR(320) NOT NULL,
  subject          VARCHAR(300) NOT NULL,
  body             MEDIUMTEXT   NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)  NOT NULL,
  sent_at          DATETIME(3)  NULL,
  last_error       VARCHAR(500) NULL,
  CONSTRAINT uq_mail_outbox_dedupe UNIQUE (dedupe_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
