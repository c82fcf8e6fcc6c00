/**
 * 支出台账 (issue 16 item 1): each plan that was adopted gets category budgets (copied to its revision),
 * and each year in effect its expenses, never beyond the money received on it (income and contributions
 * received): paid ones (some by the secretary below the committee's threshold, some for a joint work item,
 * payees of each kind), one reversed by a counter-entry, an approved one waiting for payment, a draft and a
 * rejected one. Working committees set their secretary's threshold by a resolution. Built last, so the
 * earlier phases draw exactly what they drew before.
 */
import { beijingDate } from "@gongjian/domain/calendar";
import { largestRemainder, type Row } from "../factories/index.js";
import { addDays, beijing, REFERENCE_DATE } from "../random.js";
import type { Build } from "./model.js";

const CATEGORIES = [
  "ACTIVITY",
  "JOINT_WORK",
  "RESIDENT_SERVICE",
  "TRAINING",
  "PUBLICITY",
  "CARE",
  "FACILITIES",
  "OFFICE",
  "OTHER",
] as const;
type Category = (typeof CATEGORIES)[number];

const PURPOSES: Record<Category, string[]> = {
  ACTIVITY: ["七一主题党日活动", "重阳节敬老活动", "“共建共享”联谊活动场地布置"],
  JOINT_WORK: ["共建项目材料采购", "共建项目施工费用", "共建项目宣传展板"],
  RESIDENT_SERVICE: ["便民服务日耗材", "社区义诊活动药品", "老旧小区楼道照明维修"],
  TRAINING: ["党员学习培训资料", "委员培训讲课费", "党务知识培训场地"],
  PUBLICITY: ["宣传栏更新", "社区共建简报印刷", "文明创建宣传品"],
  CARE: ["走访慰问困难党员", "春节慰问品", "慰问残疾人家庭"],
  FACILITIES: ["党群服务站桌椅", "活动室空调维修", "阵地标识牌制作"],
  OFFICE: ["办公用品", "打印耗材", "会议记录本"],
  OTHER: ["银行手续费", "其他零星支出"],
};
const OTHER_PAYEES = ["某文化传媒有限公司", "某印务有限公司", "某物业服务有限公司", "某超市", "某家政服务社"];
/** The secretary may approve below 2,000 yuan. */
const THRESHOLD_FEN = 200_000n;

const time = (d: unknown) => (d as Date).getTime();

export function buildExpenses(b: Build): void {
  const { rnd, data } = b;
  const demo = b.scale === "demo";
  const resolutionsOf = new Map<string, Row<"resolution">[]>();
  for (const r of data.resolution) {
    if (!r.committeeId) continue;
    resolutionsOf.set(r.committeeId, [...(resolutionsOf.get(r.committeeId) ?? []), r]);
  }
  for (const list of resolutionsOf.values()) list.sort((x, y) => time(x.adoptedAt) - time(y.adoptedAt));
  const secretaryOf = new Map(
    data.seat
      .filter((s) => s.role === "SECRETARY" && (s.status === "APPROVED" || s.status === "FILED"))
      .map((s) => [s.committeeId, s.personId]),
  );
  const unitsOf = new Map<string, Row<"unit">[]>();
  for (const u of data.unit) unitsOf.set(u.streetId, [...(unitsOf.get(u.streetId) ?? []), u]);
  const peopleOf = new Map<string, Row<"person">[]>();
  for (const p of data.person) peopleOf.set(p.streetId, [...(peopleOf.get(p.streetId) ?? []), p]);
  const itemsOf = new Map<string, Row<"jointWorkItem">[]>();
  for (const item of data.jointWorkItem) {
    if (item.committeeId && item.status !== "DROPPED") {
      itemsOf.set(item.committeeId, [...(itemsOf.get(item.committeeId) ?? []), item]);
    }
  }
  const committees = new Map(data.committee.map((c) => [c.id, c]));

  // The threshold of every working committee, set by its earliest resolution.
  for (const committee of data.committee) {
    const first = resolutionsOf.get(committee.id)?.[0];
    if (committee.status === "FILED" && first) {
      committee.expenseThresholdFen = THRESHOLD_FEN;
      committee.expenseThresholdResolutionId = first.id;
    }
  }

  // Category budgets on every plan: about 80 % of its budget over four to six categories.
  for (const plan of data.fundingPlan) {
    const categories = rnd.sample([...CATEGORIES], rnd.int(4, 6));
    const shares = largestRemainder(
      (BigInt(plan.budgetFen as bigint) * 8n) / 10n,
      categories.map(() => BigInt(rnd.int(1, 5))),
    );
    categories.forEach((category, i) => {
      data.fundingBudgetLine.push({
        id: rnd.uuid(),
        planId: plan.id,
        committeeId: plan.committeeId,
        streetId: plan.streetId,
        category,
        amountFen: shares[i] as bigint,
        createdAt: plan.createdAt as Date,
        updatedAt: plan.createdAt as Date,
      });
    });
  }

  // The money received on each committee's year, and the plan of the year that takes the expenses.
  const received = new Map<string, bigint>();
  const key = (p: { committeeId: string; year: number }) => `${p.committeeId}/${p.year}`;
  const planById = new Map(data.fundingPlan.map((p) => [p.id, p]));
  for (const i of data.fundingIncome) {
    const p = planById.get(i.planId);
    if (p) received.set(key(p), (received.get(key(p)) ?? 0n) + BigInt(i.amountFen as bigint));
  }
  for (const c of data.contribution) {
    const p = planById.get(c.planId);
    if (p && c.status === "RECEIVED")
      received.set(key(p), (received.get(key(p)) ?? 0n) + BigInt(c.amountFen as bigint));
  }
  let voucher = 0;
  for (const plan of data.fundingPlan) {
    if (plan.status !== "ADOPTED" && plan.status !== "CLOSED") continue;
    const committee = committees.get(plan.committeeId);
    const resolutions = resolutionsOf.get(plan.committeeId) ?? [];
    if (!committee || resolutions.length === 0) continue;
    const inEffect = plan.status === "ADOPTED";
    const year = plan.year;
    // Spend 40–70 % of what was received, in about eight expenses (fewer in the district's quieter years).
    let available = ((received.get(key(plan)) ?? 0n) * BigInt(rnd.int(40, 70))) / 100n;
    const count = demo ? 10 : rnd.int(4, 8);
    const lastDay = inEffect ? beijingDate(REFERENCE_DATE) : new Date(Date.UTC(year, 11, 20));
    const spans = Math.max(1, Math.floor((time(lastDay) - Date.UTC(year, 1, 1)) / 86_400_000));
    const payees = { units: unitsOf.get(plan.streetId) ?? [], people: peopleOf.get(plan.streetId) ?? [] };
    const rows: Row<"expense">[] = [];
    for (let n = 0; n < count; n++) {
      // The in-effect year's last three: approved (unpaid), draft, rejected; all else is paid.
      const tail = ["APPROVED", "DRAFT", "REJECTED"] as const;
      const status = inEffect && n >= count - 3 ? (tail[n - (count - 3)] as (typeof tail)[number]) : "PAID";
      const category = n === 0 && itemsOf.has(plan.committeeId) ? "JOINT_WORK" : rnd.pick([...CATEGORIES]);
      const secretary = secretaryOf.get(plan.committeeId);
      const small = secretary !== undefined && committee.expenseThresholdFen != null && rnd.chance(0.4);
      const amountFen = small ? BigInt(rnd.int(5, 199)) * 1_000n : BigInt(rnd.int(20, 150)) * 1_000n;
      const counted = status === "PAID" || status === "APPROVED";
      if (counted && amountFen > available) continue;
      if (counted) available -= amountFen;
      const spentOn = new Date(Date.UTC(year, 1, 1) + rnd.int(0, spans - 1) * 86_400_000);
      const created = beijing(year, spentOn.getUTCMonth() + 1, spentOn.getUTCDate(), 9, 30);
      const approvedAt = status === "DRAFT" ? null : addDays(created, 1);
      const approving = [...resolutions].reverse().find((r) => time(r.adoptedAt) <= time(created)) ?? resolutions[0];
      const bySecretary = small && status !== "DRAFT" && status !== "REJECTED";
      const kind = n % 3 === 0 || payees.units.length === 0 ? "OTHER" : n % 3 === 1 ? "UNIT" : "PERSON";
      const payeeKind = kind === "PERSON" && payees.people.length === 0 ? "OTHER" : kind;
      const item = category === "JOINT_WORK" ? rnd.pick(itemsOf.get(plan.committeeId) ?? [null]) : null;
      voucher += 1;
      const row: Row<"expense"> = {
        id: rnd.uuid(),
        planId: plan.id,
        committeeId: plan.committeeId,
        streetId: plan.streetId,
        spentOn,
        amountFen,
        category,
        purpose: rnd.pick(PURPOSES[category]),
        jointWorkItemId: item?.id ?? null,
        status,
        approvalKind: status === "APPROVED" || status === "PAID" ? (bySecretary ? "SECRETARY" : "RESOLUTION") : null,
        resolutionId: (status === "APPROVED" || status === "PAID") && !bySecretary ? (approving?.id ?? null) : null,
        approverPersonId: (status === "APPROVED" || status === "PAID") && bySecretary ? (secretary ?? null) : null,
        approvalThresholdFen: (status === "APPROVED" || status === "PAID") && bySecretary ? THRESHOLD_FEN : null,
        approvedAt: status === "APPROVED" || status === "PAID" ? approvedAt : null,
        rejectedAt: status === "REJECTED" ? approvedAt : null,
        rejectionReason: status === "REJECTED" ? "用途不属于大党委工作经费开支范围" : null,
        paidAt: status === "PAID" ? addDays(created, 3) : null,
        payeeKind,
        payeeUnitId: payeeKind === "UNIT" ? rnd.pick(payees.units).id : null,
        payeePersonId: payeeKind === "PERSON" ? rnd.pick(payees.people).id : null,
        payeeName: payeeKind === "OTHER" ? rnd.pick(OTHER_PAYEES) : null,
        voucherNumber:
          status === "DRAFT" || status === "REJECTED" ? null : `记-${year}-${String(voucher).padStart(5, "0")}`,
        createdAt: created,
        updatedAt: status === "PAID" ? addDays(created, 3) : (approvedAt ?? created),
      };
      rows.push(row);
    }
    // One paid expense of the year in effect is reversed (a duplicate claim): a counter-entry a week later.
    const reversed = inEffect
      ? rows.filter((r) => r.status === "PAID").sort((x, y) => time(x.spentOn) - time(y.spentOn))[0]
      : undefined;
    if (reversed) {
      const at = addDays(reversed.paidAt as Date, 7);
      rows.push({
        ...reversed,
        id: rnd.uuid(),
        spentOn: beijingDate(at),
        amountFen: -BigInt(reversed.amountFen as bigint),
        purpose: "重复报销，冲销",
        paidAt: at,
        reversesId: reversed.id,
        createdAt: at,
        updatedAt: at,
      });
    }
    data.expense.push(...rows);
  }
}
