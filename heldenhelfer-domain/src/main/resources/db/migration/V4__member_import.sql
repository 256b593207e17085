-- Heldenhelfer schema, version 4: the member import (issue 3, ADR 0005).
-- The column mapping a club chose last time, by normalised column name, so that next year's list
-- with the same columns is mapped at once. Club-private: club_id is the tenant discriminator.
CREATE TABLE member_import_mapping (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id     BIGINT        NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  mapping     VARCHAR(4000) NOT NULL,
  changed_at  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  changed_by  BIGINT        NULL,
  CONSTRAINT fk_mim_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_mim_person FOREIGN KEY (changed_by) REFERENCES person (id),
  CONSTRAINT uq_mim_club UNIQUE (club_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
