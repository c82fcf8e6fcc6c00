import { isValidIdNumber } from "@gongjian/domain/id-number";
import { checkedCode } from "../data/validation.js";
import { invalid, invalidTransition, invariant } from "../errors/domain-error.js";

/**
 * Person rules (DESIGN.md "Person"): the ID number (公民身份号码) is checked with its check
 * character; the party facts of a person agree with each other; an ended person stays ended.
 */

/** Normalises an ID number (trimmed, check character X in capitals) and checks it; VALIDATION on `field` otherwise. */
export function assertIdNumber(raw: string, field = "idNumber"): string {
  return checkedCode(raw, isValidIdNumber, field, [
    "身份证号无效（应为18位，末位校验码正确）",
    "Invalid ID number (18 characters with a correct check character)",
  ]);
}

/** What an ID number says about its holder: digits 7–14 are the birth date, the 17th is odd for men. */
export function idNumberFacts(idNumber: string): { birthYear: number; gender: "MALE" | "FEMALE" } {
  return {
    birthYear: Number(idNumber.slice(6, 10)),
    gender: Number(idNumber.charAt(16)) % 2 === 1 ? "MALE" : "FEMALE",
  };
}

const genderZh = { MALE: "男", FEMALE: "女" } as const;

/**
 * The ID number agrees with the person's recorded sex and year of birth (when the year is recorded).
 * The error names `field` (the input being changed) and only what the caller themself entered.
 */
export function assertIdNumberAgrees(
  idNumber: string,
  person: { gender: "MALE" | "FEMALE"; birthYear: number | null },
  field = "idNumber",
): void {
  const facts = idNumberFacts(idNumber);
  if (facts.gender !== person.gender) {
    throw invariant(
      field,
      `身份证号显示的性别（${genderZh[facts.gender]}）与登记的性别（${genderZh[person.gender]}）不一致`,
      `The ID number is a ${facts.gender.toLowerCase()}'s; the person is recorded as ${person.gender.toLowerCase()}`,
    );
  }
  if (person.birthYear !== null && facts.birthYear !== person.birthYear) {
    throw invariant(
      field,
      `身份证号显示的出生年份（${facts.birthYear}）与登记的出生年份（${person.birthYear}）不一致`,
      `The ID number gives ${facts.birthYear} as the year of birth; the person is recorded as born in ${person.birthYear}`,
    );
  }
}

export interface PartyFacts {
  isPartyMember: boolean;
  partyJoinedOn: Date | null;
  birthYear: number | null;
}

/** The minimum age to join the party (党章: 年满十八岁). */
export const MIN_JOINING_AGE = 18;

/**
 * The party facts of a person agree: only a party member has a joining date; it is not in the
 * future; the birth year is not in the future; the member was at least 18 in the year they joined.
 */
export function assertPartyFacts(facts: PartyFacts, now: Date): void {
  if (facts.birthYear !== null && facts.birthYear > now.getUTCFullYear()) {
    throw invalid("birthYear", "出生年份不能晚于今年", "The year of birth cannot be in the future");
  }
  if (facts.partyJoinedOn === null) return;
  if (!facts.isPartyMember) {
    throw invalid("partyJoinedOn", "非党员不能填写入党日期", "Only a party member has a date of joining the party");
  }
  if (facts.partyJoinedOn.getTime() > now.getTime()) {
    throw invalid("partyJoinedOn", "入党日期不能晚于今天", "The date of joining cannot be in the future");
  }
  if (facts.birthYear !== null && facts.partyJoinedOn.getUTCFullYear() - facts.birthYear < MIN_JOINING_AGE) {
    throw invalid(
      "partyJoinedOn",
      `入党时应年满${MIN_JOINING_AGE}岁`,
      `A member must be at least ${MIN_JOINING_AGE} when joining the party`,
    );
  }
}

/** An ended person (注销) cannot be ended again. */
export function assertPersonActive(person: { endedAt: Date | null }): void {
  if (person.endedAt) throw invalidTransition("人员 Person", "ENDED", "ENDED", []);
}

/** A person who still holds a seat (nominated, approved or filed) cannot be ended: end the seats first. */
export function assertNoActiveSeats(activeSeatCount: number): void {
  if (activeSeatCount > 0) {
    throw invariant(
      "id",
      `此人仍在${activeSeatCount}个大党委任职，请先结束其职务`,
      `The person still holds ${activeSeatCount} active seat(s); end them first`,
    );
  }
}
