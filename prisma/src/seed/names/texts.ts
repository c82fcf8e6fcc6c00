/**
 * The texts of committee work: seat attestations, meetings, funding, memberships, assessments, volunteer
 * work. The word lists are data (./texts.json), typed here against the enums they are keyed by.
 */
import {
  type AssessmentGrade,
  type DecisionPrinciple,
  type FundingChannel,
  type JointWorkCategory,
  type Qualification,
  SubjectArea,
  type VolunteerTeamKind,
} from "../../../generated/client/enums.js";
import texts from "./texts.json" with { type: "json" };

/** Texts to pick from for each value of an enum. */
type TextsBy<E extends string> = Readonly<Record<E, readonly string[]>>;

export const ATTESTATION_EVIDENCE: TextsBy<Qualification> = texts.attestationEvidence;
export const PRINCIPLE_TITLES: TextsBy<DecisionPrinciple> = texts.principleTitles;
export const INCOME_SOURCES: TextsBy<FundingChannel> = texts.incomeSources;
export const ASSESSMENT_REMARKS: TextsBy<AssessmentGrade> = texts.assessmentRemarks;
export const VOLUNTEER_TEAMS: TextsBy<VolunteerTeamKind> = texts.volunteerTeams;
export const VOLUNTEER_ACTIVITIES: TextsBy<VolunteerTeamKind> = texts.volunteerActivities;
export const MEETING_LOCATIONS: readonly string[] = texts.meetingLocations;
export const RESPONSIBILITIES: readonly string[] = texts.responsibilities;
export const RESOURCES: readonly string[] = texts.resources;
export const COMMITMENTS: readonly string[] = texts.commitments;
/** 共建事项: titles by 六联 category, progress report texts, reasons an item was dropped. */
export const JOINT_WORK_TITLES: TextsBy<JointWorkCategory> = texts.jointWorkTitles;
export const JOINT_WORK_PROGRESS: readonly string[] = texts.jointWorkProgress;
export const JOINT_WORK_DROP_REASONS: readonly string[] = texts.jointWorkDropReasons;
/** 大事共议: a member organisation's position, in a sentence. */
export const CONSULTATION_POSITIONS: readonly string[] = texts.consultationPositions;

/** A meeting topic: its title, its description and the subject area (议事范围) it belongs to. */
export type Topic = readonly [title: string, description: string, subjectArea: SubjectArea];

/** The topics of texts.json as typed tuples: a subject area that is not one stops the seed. */
function topics(rows: readonly (readonly string[])[]): readonly Topic[] {
  return rows.map(([title = "", description = "", area = ""]) => {
    if (!(area in SubjectArea)) throw new Error(`seed/names/texts.json: ${area} is not a SubjectArea`);
    return [title, description, area as SubjectArea];
  });
}

export const AGENDA_TOPICS = topics(texts.agendaTopics);
export const EMERGENCY_TOPICS = topics(texts.emergencyTopics);
