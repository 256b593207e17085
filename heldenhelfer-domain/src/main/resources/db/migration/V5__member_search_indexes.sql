-- The member search looks for a prefix in last name, first name, e-mail or member number (OR).
-- With an index per column MariaDB merges the four index ranges (sort_union) instead of reading
-- every member of the club: in a club of 10,000 about 10x fewer rows (benchmarks/README.md).
CREATE INDEX ix_member_club_first ON member (club_id, first_name);
CREATE INDEX ix_member_club_email ON member (club_id, email);
