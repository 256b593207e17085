-- Issue 8: a club's authorised API clients (Keycloak client-credentials clients acting for one
-- club with a chosen access level, on the authority of the board member who authorised them), and
-- a club's public-events calendar feed under a renewable secret URL (only the token's hash).
CREATE TABLE club_api_client (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  club_id        BIGINT       NOT NULL,
  client_id      VARCHAR(100) NOT NULL,
  label          VARCHAR(100) NOT NULL,
  access         VARCHAR(20)  NOT NULL,
  authorised_by  BIGINT       NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  last_used_at   DATETIME(3)  NULL,
  CONSTRAINT uq_api_client UNIQUE (client_id),
  CONSTRAINT fk_api_client_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_api_client_person FOREIGN KEY (authorised_by) REFERENCES person (id),
  CONSTRAINT ck_api_client_access CHECK (access IN ('READ', 'IMPORT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
CREATE INDEX ix_api_client_club ON club_api_client (club_id);

CREATE TABLE club_feed (
  club_id     BIGINT      NOT NULL PRIMARY KEY,
  token_hash  CHAR(64)    NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  created_by  BIGINT      NOT NULL,
  CONSTRAINT uq_club_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_club_feed_club FOREIGN KEY (club_id) REFERENCES club (id),
  CONSTRAINT fk_club_feed_person FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_german2_ci;
