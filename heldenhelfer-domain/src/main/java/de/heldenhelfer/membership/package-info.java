/**
 * Member administration of a club (Mitgliederverwaltung): club-private, every entity is
 * {@code @Multitenant} on {@code club_id} (ADR 0002).
 *
 * <ul>
 *   <li>{@link de.heldenhelfer.membership.Member} is the aggregate: personal data, membership type
 *       and fee category, guardian contact, the Führungszeugnis facts of § 72a (5) SGB VIII
 *       (inspected, date of the certificate, excluded – never the document), and its parts {@link
 *       de.heldenhelfer.membership.MemberDepartment}, {@link
 *       de.heldenhelfer.membership.MemberFunction}, {@link
 *       de.heldenhelfer.membership.MemberConsent}, {@link
 *       de.heldenhelfer.membership.MemberQualification} and {@link
 *       de.heldenhelfer.membership.FamilyLink}. The rules live in these entities and fail with
 *       {@link de.heldenhelfer.shared.RuleViolationException}s whose keys are in the domain bundle.
 *   <li>{@link de.heldenhelfer.membership.MemberService} loads, confines, calls the entity and
 *       records every change as {@link de.heldenhelfer.membership.MemberChange} (who, when, field,
 *       old and new value). {@link de.heldenhelfer.membership.MemberListService} serves the
 *       ready-made lists as projections.
 *   <li>Who sees what: {@link de.heldenhelfer.membership.MemberScope} (board: whole club; trainer
 *       and department lead: their departments; others: nobody) and {@link
 *       de.heldenhelfer.membership.MemberField#visibleTo} (which columns) are the one rule for
 *       pages, exports and the API.
 *   <li>Art. 17 DSGVO: ending a membership schedules anonymisation after the club's retention
 *       period ({@code club.retention_years}, default 3). Anonymising keeps member number, gender,
 *       municipality, dates, status, membership type and fee category and erases the rest,
 *       including the history (one entry records the anonymisation). Deleting removes the member
 *       with all parts and history; a tombstone with only the member number, actor and time remains
 *       for accountability (Art. 5 (2)). Führungszeugnis facts are deleted 3 months after the youth
 *       work ended ({@link de.heldenhelfer.membership.MemberService#applyRetention()}).
 * </ul>
 */
package de.heldenhelfer.membership;
