-- Heldenhelfer schema, version 8: the club document archive (issue 4, ADR 0009).
-- Three club-private tables, each with club_id as tenant discriminator (ADR 0002): the document
-- (metadata, retention), its versions (who uploaded what, when, checksum) and the content in
-- chunks of at most 1 MiB, separate from the metadata so that lists never load content and no
-- statement exceeds MariaDB's max_allowed_packet.

CREATE TABLE document (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id             BIGINT        NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  title               VARCHAR(200)  NOT NULL,
  category            VARCHAR(30)   NOT NULL,
  description         VARCHAR(2000) NULL,
  keep_until_override DATE          NULL,
  keep_forever        TINYINT(1)    NULL,
  current_number      INT           NOT NULL DEFAULT 1,
  created_at          DATETIME(3)   NOT NULL,
  created_by          VARCHAR(200)  NOT NULL,
  updated_at          DATETIME(3)   NOT NULL,
  CONSTRAINT fk_document_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_document_club ON document (club_id, updated_at);
CREATE INDEX ix_document_title ON document (club_id, title);

CREATE TABLE document_version (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id        BIGINT        NOT NULL,
  document_id    BIGINT        NOT NULL,
  number         INT           NOT NULL,
  file_name      VARCHAR(160)  NOT NULL,
  media_type     VARCHAR(120)  NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  chunk_count    INT           NOT NULL,
  uploaded_by    VARCHAR(200)  NOT NULL,
  uploaded_by_person_id BIGINT NULL,
  uploaded_at    DATETIME(3)   NOT NULL,
  CONSTRAINT uq_document_version UNIQUE (document_id, number),
  CONSTRAINT fk_dv_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
  CONSTRAINT fk_dv_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_dv_club ON document_version (club_id, document_id);

CREATE TABLE document_chunk (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id     BIGINT      NOT NULL,
  version_id  BIGINT      NOT NULL,
  seq         INT         NOT NULL,
  data        MEDIUMBLOB  NOT NULL,
  CONSTRAINT uq_document_chunk UNIQUE (version_id, seq),
  CONSTRAINT fk_dc_version FOREIGN KEY (version_id) REFERENCES document_version (id) ON DELETE CASCADE,
  CONSTRAINT fk_dc_club FOREIGN KEY (club_id) REFERENCES club (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
