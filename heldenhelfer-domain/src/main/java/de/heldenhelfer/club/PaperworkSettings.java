package de.heldenhelfer.club;

import java.time.LocalDate;

/**
 * What a club's statutes and tax office say, as the deadline rules need it.
 *
 * @param meetingIntervalMonths how often the general meeting takes place (1–60 months)
 * @param invitationPeriodDays invitation period of the statutes (1–90 days)
 * @param lastGeneralMeeting the last general meeting held
 * @param nextGeneralMeeting the planned next one
 * @param reminderDays days before the due date the responsible person is reminded (0–90)
 * @param taxOffice the club's Finanzamt
 * @param taxNumber the club's Steuernummer
 * @param exemptionNoticeDate date of the last Freistellungsbescheid
 */
public record PaperworkSettings(
    int meetingIntervalMonths,
    int invitationPeriodDays,
    LocalDate lastGeneralMeeting,
    LocalDate nextGeneralMeeting,
    int reminderDays,
    String taxOffice,
    String taxNumber,
    LocalDate exemptionNoticeDate) {}
